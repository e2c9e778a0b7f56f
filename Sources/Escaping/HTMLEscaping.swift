/// The one HTML and XML text escaper of the package, byte by byte on UTF-8 (the characters it
/// replaces are all ASCII, so no multi-byte character is ever cut). Two sets, because two
/// outputs are kept byte for byte what their reference writes:
/// - `commonMark`: `& < > "`, what cmark writes in Markdown's text and attribute values;
/// - `markup`: those and `'` (as `&#39;`), what swift-mustache writes for `{{ }}`, and what the
///   renderers write into HTML and XML by hand, so that a value is safe between either quote.
package enum HTMLEscaping: Sendable {
    case commonMark
    case markup

    package func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    package func append(_ bytes: [UInt8], to output: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0, to: &output) }
    }

    /// `text` escaped; `text` itself when nothing in it needs escaping.
    package func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { replacement(for: $0) != nil }) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        append(text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Runs of bytes that need no escape are copied at once.
    private func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        for index in 0..<bytes.count {
            guard let replacement = replacement(for: bytes[index]) else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    @inline(__always)
    private func replacement(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'") where self == .markup: return "&#39;"
        default: return nil
        }
    }
}
