/// Language-aware typography for plain text (titles, front matter values).
public enum Typography {
    /// French (`fr`, `fr-FR`, …): an ordinary space written before `;` `!` `?` becomes a narrow
    /// no-break space, before `:` `»` or after `«` a no-break space; `'` becomes `’`.
    /// Other languages: the text is returned unchanged.
    public static func apply(to text: String, language: String) -> String {
        guard FrenchTypography.applies(to: language) else { return text }
        var typography = FrenchTypography()
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 8)
        let change = typography.transform(text, into: &output)
        return change.changedPiece ? String(decoding: output, as: UTF8.self) : text
    }
}
