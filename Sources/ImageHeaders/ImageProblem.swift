/// Why an image file cannot be published, found from its bytes before any decoding.
package enum ImageProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The first bytes are not those of any supported format.
    case notAnImage(file: String)
    /// The name promises one format, the bytes are another.
    case wrongExtension(file: String, named: ImageFormat, actual: ImageFormat)
    /// The signature is right but the width and height cannot be read.
    case unreadableSize(file: String, format: ImageFormat)
    /// The file stops before the format's end marker.
    case truncated(file: String, format: ImageFormat)
    /// The declared size is over the limits: a decompression bomb, or a picture far too large.
    case tooLarge(file: String, size: ImageSize, limits: ImageLimits)

    package var description: String {
        switch self {
        case let .notAnImage(file):
            "'\(file)' is not an image: its first bytes are not those of a JPEG, PNG, GIF, WebP or SVG file"
        case let .wrongExtension(file, named, actual):
            "'\(file)' is a \(actual.name) image, not a \(named.name) as its name says"
        case let .unreadableSize(file, format) where format == .svg:
            "'\(file)' has no readable size: its <svg> element needs width and height or a viewBox"
        case let .unreadableSize(file, format):
            "'\(file)' has a damaged \(format.name) header: its width and height cannot be read"
        case let .truncated(file, format):
            "'\(file)' is truncated: the \(format.name) data stops before its end"
        case let .tooLarge(file, size, limits):
            "'\(file)' declares \(size.width)×\(size.height) pixels, over the limit of "
                + "\(limits.maximumSide) px a side and \(limits.maximumPixels / 1_000_000) megapixels "
                + "(a decompression bomb, or a picture to scale down before publishing)"
        }
    }
}
