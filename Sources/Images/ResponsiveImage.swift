import ImageHeaders

/// The files published for one image: a few widths, each in the original's format and in WebP,
/// upright, with no metadata (no Exif, no GPS position, no XMP; colours converted to sRGB, the
/// web's default, so that dropping the ICC profile changes nothing). The original is never
/// published as it is: at most it is re-encoded at its own width.
package struct ResponsiveImage: Hashable, Sendable {
    package var header: ImageHeader
    /// By width, then the original's format before WebP.
    package var variants: [ImageVariant]
    /// For an animation: only its first frame is kept.
    package var warnings: [String]

    /// JPEG and lossy WebP quality: about a third of the bytes of quality 95 at no visible loss
    /// on a phone photo.
    package static let defaultQuality = 80

    /// `bytes`, the whole file `fileName`, checked from its header first (so a bomb is never
    /// decoded), then decoded once per width. Widths over the original's collapse into one
    /// variant at the original's width.
    package static func make(from bytes: [UInt8], fileName: String, widths: [Int],
                             limits: ImageLimits = ImageLimits(),
                             quality: Int = defaultQuality) throws(ImageError) -> ResponsiveImage {
        let header: ImageHeader
        do { header = try ImageHeader.inspect(bytes, fileName: fileName, limits: limits) }
        catch { throw .problem(error) }
        guard header.format != .svg else { throw .vectorImage(file: fileName) }
        var variants: [ImageVariant] = []
        for width in publishedWidths(widths, originalWidth: header.size.width) {
            let image = try VipsImage.thumbnail(bytes, width: width, fileName: fileName)
            for encoding in ImageEncoding.encodings(for: header.format, quality: quality) {
                variants.append(ImageVariant(width: image.width, height: image.height, format: encoding.format,
                                             bytes: try image.encoded(as: encoding)))
            }
        }
        let warnings = header.animationWarning(fileName: fileName).map { [$0] } ?? []
        return ResponsiveImage(header: header, variants: variants, warnings: warnings)
    }

    /// Ascending, without repeats; each at most `originalWidth`; the original's width alone
    /// when none is asked for.
    static func publishedWidths(_ widths: [Int], originalWidth: Int) -> [Int] {
        let capped = Set(widths.filter { $0 > 0 }.map { min($0, originalWidth) })
        return capped.isEmpty ? [originalWidth] : capped.sorted()
    }
}
