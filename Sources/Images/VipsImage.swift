import CVipsShim
import ImageHeaders

/// A decoded libvips image, released with its owner.
final class VipsImage {
    private let pointer: UnsafeMutableRawPointer
    let fileName: String

    private init(_ pointer: UnsafeMutableRawPointer, fileName: String) {
        self.pointer = pointer
        self.fileName = fileName
    }

    deinit { kerne_vips_release(pointer) }

    /// `bytes` upright, in sRGB, shrunk to `width` (never enlarged); the first frame only.
    static func thumbnail(_ bytes: [UInt8], width: Int, fileName: String) throws(ImageError) -> VipsImage {
        try Vips.ensureStarted()
        let pointer = bytes.withUnsafeBytes { kerne_vips_thumbnail($0.baseAddress, $0.count, Int32(width)) }
        guard let pointer else { throw .libvips(file: fileName, message: Vips.takeError()) }
        return VipsImage(pointer, fileName: fileName)
    }

    /// An SVG document rendered at its own size.
    static func renderSVG(_ bytes: [UInt8], fileName: String) throws(ImageError) -> VipsImage {
        try Vips.ensureStarted()
        let pointer = bytes.withUnsafeBytes { kerne_vips_render_svg($0.baseAddress, $0.count) }
        guard let pointer else { throw .libvips(file: fileName, message: Vips.takeError()) }
        return VipsImage(pointer, fileName: fileName)
    }

    var width: Int { Int(kerne_vips_width(pointer)) }
    var height: Int { Int(kerne_vips_height(pointer)) }

    /// Encoded with no metadata at all.
    func encoded(as encoding: ImageEncoding) throws(ImageError) -> [UInt8] {
        var output: UnsafeMutableRawPointer?
        var length = 0
        let status: Int32 = switch encoding {
        case let .jpeg(quality): kerne_vips_save_jpeg(pointer, Int32(quality), &output, &length)
        case .png: kerne_vips_save_png(pointer, &output, &length)
        case let .webP(quality, lossless): kerne_vips_save_webp(pointer, Int32(quality), lossless ? 1 : 0, &output, &length)
        }
        guard status == 0 else { throw .libvips(file: fileName, message: Vips.takeError()) }
        let bytes = Vips.takeBytes(output, count: length)
        return encoding.format == .webP ? WebPContainer.strippingMetadata(bytes) : bytes
    }
}
