import Templates

/// Escaping for each output context. Every value from content goes through one of these.
public enum Escaping {
    /// Text and attribute values in HTML and XML: `& < > " '`. On bytes: all five are ASCII.
    public static func markup(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        // The same five replacements as the templates' `{{ }}`.
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        HTMLEscaping.append(text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }
}
