/// Language-aware typography for plain text (titles, front matter values, the theme's words).
public enum Typography {
    /// French (`fr`, `fr-FR`, …): an ordinary space written before `;` `!` `?` becomes a narrow
    /// no-break space, before `:` `»` or after `«` a no-break space; `'` becomes `’`.
    /// English (`en`, `en-GB`, …): curly quotes and apostrophes, no space before `! ? ; :`.
    /// Other languages: the text is returned unchanged.
    public static func apply(to text: String, language: String) -> String {
        guard var rules = rules(for: language) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        let change = rules.transform(text, into: &output)
        return change.changedPiece ? String(decoding: output, as: UTF8.self) : text
    }
}
