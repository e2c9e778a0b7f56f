extension String {
    /// Whether the UTF-8 bytes of `part` occur in this string's, as they are (no Unicode
    /// equivalence; Foundation's `contains` is also slow on Linux).
    func containsBytes(of part: String) -> Bool {
        let text = Array(utf8), part = Array(part.utf8)
        guard !part.isEmpty else { return true }
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
    }
}
