import ImageHeaders

/// How a variant is written.
enum ImageEncoding: Hashable, Sendable {
    case jpeg(quality: Int)
    case png
    case webP(quality: Int, lossless: Bool)

    var format: ImageFormat {
        switch self {
        case .jpeg: .jpeg
        case .png: .png
        case .webP: .webP
        }
    }

    /// The original's format and WebP. A JPEG or WebP is a photo: lossy at `quality`. A PNG or
    /// GIF is more likely a drawing or screenshot: lossless, so that edges stay sharp (a GIF's
    /// first frame becomes a PNG). An SVG has no pixels to scale: none.
    static func encodings(for format: ImageFormat, quality: Int) -> [ImageEncoding] {
        switch format {
        case .jpeg: [.jpeg(quality: quality), .webP(quality: quality, lossless: false)]
        case .png, .gif: [.png, .webP(quality: quality, lossless: true)]
        case .webP: [.webP(quality: quality, lossless: false)]
        case .svg: []
        }
    }
}
