import Foundation
import ImageHeaders

/// Processed images kept between builds, so that an image is decoded and encoded once per
/// content: `<directory>/<recipe>/<content key>.variants`, where the recipe names everything
/// else the bytes depend on (widths, quality, limits, libvips version, archive format). Like the
/// build cache, anything missing or damaged there only means processing the image again.
package struct ImageCache: Sendable {
    package let directory: URL
    /// Refreshes the use-stamp of each entry read, and removes those long unused.
    package var pruning: ImageCachePruning

    /// `directory` is the caller's: e.g. `images/` inside the build cache root.
    package init(directory: URL) {
        self.directory = directory
        pruning = ImageCachePruning(directory: directory)
    }

    /// The variants of the image whose content digest is `contentKey` (hex, as the build cache
    /// writes its digests), from the cache or else made by `ResponsiveImage.make` and stored.
    /// Refused images are not stored: their header says so again at once.
    package func image(contentKey: String, bytes: [UInt8], fileName: String, widths: [Int],
                       limits: ImageLimits = ImageLimits(),
                       quality: Int = ResponsiveImage.defaultQuality) throws(ImageError) -> ResponsiveImage {
        if let cached = cachedImage(contentKey: contentKey, fileName: fileName, widths: widths, limits: limits, quality: quality) {
            return cached
        }
        let image = try ResponsiveImage.make(from: bytes, fileName: fileName, widths: widths, limits: limits, quality: quality)
        store(VariantArchive.encode(image), at: file(contentKey: contentKey, widths: widths, limits: limits, quality: quality))
        return image
    }

    /// The variants `image(…)` stored for this content and recipe, if any: nothing is decoded.
    package func cachedImage(contentKey: String, fileName: String, widths: [Int], limits: ImageLimits = ImageLimits(),
                             quality: Int = ResponsiveImage.defaultQuality) -> ResponsiveImage? {
        let file = file(contentKey: contentKey, widths: widths, limits: limits, quality: quality)
        guard let data = try? Data(contentsOf: file) else { return nil }
        pruning.refresh(file.path)
        return VariantArchive.decode([UInt8](data), fileName: fileName)
    }

    /// The social card of `key`, a digest the caller made of the template and values (with
    /// `titleLineLength`), from the cache or else drawn by `SocialCard.png` and stored.
    package func card(key: String, template: String, values: [String: String],
                      titleLineLength: Int) throws(ImageError) -> (png: [UInt8], cached: Bool) {
        let file = directory.appendingPathComponent("cards-v2-\(Vips.identity)").appendingPathComponent(key + ".png")
        if let data = try? Data(contentsOf: file), data.count > 8 {
            pruning.refresh(file.path)
            return ([UInt8](data), true)
        }
        let png = try SocialCard.png(template: template, values: values, titleLineLength: titleLineLength)
        store(png, at: file)
        return (png, false)
    }

    private func file(contentKey: String, widths: [Int], limits: ImageLimits, quality: Int) -> URL {
        directory.appendingPathComponent(Self.recipe(widths: widths, limits: limits, quality: quality))
            .appendingPathComponent(contentKey + ".variants")
    }

    /// The folder name of one way of processing: a change of any part misses the whole cache.
    static func recipe(widths: [Int], limits: ImageLimits, quality: Int) -> String {
        let widthList = widths.sorted().map(String.init).joined(separator: "-")
        return "v2-\(Vips.identity)-q\(quality)-w\(widthList)-max\(limits.maximumSide)-\(limits.maximumPixels)"
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
