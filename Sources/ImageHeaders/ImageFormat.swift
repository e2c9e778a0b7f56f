/// The image formats a site may publish, told apart by their first bytes.
package enum ImageFormat: String, Hashable, Sendable, CaseIterable {
    case jpeg
    case png
    case gif
    case webP
    case svg

    /// The name written in messages.
    package var name: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .gif: "GIF"
        case .webP: "WebP"
        case .svg: "SVG"
        }
    }

    /// The format a file name promises by its extension (any case); nil for other names.
    package init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "jpg", "jpeg": self = .jpeg
        case "png": self = .png
        case "gif": self = .gif
        case "webp": self = .webP
        case "svg": self = .svg
        default: return nil
        }
    }

    /// The format of `bytes` from their signature; SVG when the text has an `<svg` root element.
    package init?(sniffing bytes: [UInt8]) {
        let data = BinaryBytes(bytes)
        if data.matches([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], at: 0) {
            self = .png
        } else if data.matches(Array("GIF87a".utf8), at: 0) || data.matches(Array("GIF89a".utf8), at: 0) {
            self = .gif
        } else if data.matches([0xFF, 0xD8, 0xFF], at: 0) {
            self = .jpeg
        } else if data.matches(Array("RIFF".utf8), at: 0), data.matches(Array("WEBP".utf8), at: 8) {
            self = .webP
        } else if !bytes.prefix(SVGHeader.textLimit).contains(0),
                  SVGHeader.rootAttributes(String(decoding: bytes.prefix(SVGHeader.textLimit), as: UTF8.self)) != nil {
            self = .svg
        } else {
            return nil
        }
    }
}
