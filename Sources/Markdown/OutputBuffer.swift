import Escaping

/// UTF-8 bytes being written by a renderer, with the HTML escapes CommonMark output uses.
struct OutputBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func append(spaces count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }
    }

    mutating func trimTrailingSpaces() {
        while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
    }

    /// Starts a new line unless the output is empty or already at one.
    mutating func ensureNewline() {
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    }

    /// Text or attribute value: `&`, `<`, `>` and `"` become entities, as cmark writes them.
    mutating func appendEscaped(_ text: String) {
        HTMLEscaping.commonMark.append(text, to: &bytes)
    }

    /// A URL for `href` or `src`: bytes outside the URL-safe set are percent-encoded, `&` becomes `&amp;`.
    mutating func appendEscapedURL(_ url: String) {
        let hexDigits: StaticString = "0123456789ABCDEF"
        for byte in url.utf8 {
            if byte == UInt8(ascii: "&") {
                append("&amp;")
            } else if Self.isURLSafe(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits.utf8Start[Int(byte >> 4)])
                bytes.append(hexDigits.utf8Start[Int(byte & 0x0F)])
            }
        }
    }

    private static func isURLSafe(_ byte: UInt8) -> Bool {
        byte < 0x80 && urlSafeASCII[Int(byte)]
    }

    /// Unreserved and reserved URL characters, and `%` so that existing escapes survive.
    private static let urlSafeASCII: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        let safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$'()*+,;=%"
        for byte in safe.utf8 { table[Int(byte)] = true }
        return table
    }()
}
