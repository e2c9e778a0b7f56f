import Foundation
import ImageHeaders

/// Processed images kept between builds, so that an image is decoded and encoded once per
/// content: `<directory>/<recipe>/<content key>.variants`, where the recipe names everything
/// else the bytes depend on (widths, quality, limits, libvips version, archive format). Like the
/// build cache, anything missing or damaged there only means processing the image again.
package struct ImageCache: Sendable {
    package let directory: URL

    /// `directory` is the caller's: e.g. `images/` inside the build cache root.
    package init(directory: URL) {
        self.directory = directory
    }

    /// The variants of the image whose content digest is `contentKey` (hex, as the build cache
    /// writes its digests), from the cache or else made by `ResponsiveImage.make` and stored.
    /// Refused images are not stored: their header says so again at once.
    package func image(contentKey: String, bytes: [UInt8], fileName: String, widths: [Int],
                       limits: ImageLimits = ImageLimits(),
                       quality: Int = ResponsiveImage.defaultQuality) throws(ImageError) -> ResponsiveImage {
        let file = directory.appendingPathComponent(Self.recipe(widths: widths, limits: limits, quality: quality))
            .appendingPathComponent(contentKey + ".variants")
        if let data = try? Data(contentsOf: file), let cached = VariantArchive.decode([UInt8](data), fileName: fileName) {
            return cached
        }
        let image = try ResponsiveImage.make(from: bytes, fileName: fileName, widths: widths, limits: limits, quality: quality)
        store(VariantArchive.encode(image), at: file)
        return image
    }

    /// The folder name of one way of processing: a change of any part misses the whole cache.
    static func recipe(widths: [Int], limits: ImageLimits, quality: Int) -> String {
        let widthList = widths.sorted().map(String.init).joined(separator: "-")
        return "v1-vips\(Vips.version)-q\(quality)-w\(widthList)-max\(limits.maximumSide)-\(limits.maximumPixels)"
    }

    /// Written beside, then renamed: a build stopped half-way leaves no partial file.
    private func store(_ bytes: [UInt8], at file: URL) {
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            // rename(2) replaces an older entry at once (FileManager.replaceItemAt needs one).
            if rename(temporary.path, file.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)  // the cache is only an optimisation
        }
    }
}
