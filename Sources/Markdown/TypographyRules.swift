/// A language's typography, applied to UTF-8 text written in several pieces (the text nodes of
/// one paragraph), as `FrenchTypography` and `EnglishTypography` do.
protocol TypographyRules {
    /// Code, raw HTML, line breaks and block boundaries end a run: no rule reaches across them.
    mutating func endRun()
    /// Appends `text`, transformed, to `output`.
    @discardableResult
    mutating func transform(_ text: String, into output: inout [UInt8]) -> TypographyChange
}

extension Typography {
    /// The rules of a BCP 47 language, or nil when it has none (its text is left as written).
    /// The primary subtag decides: `fr`, `fr-CA`, `fr_FR` are French.
    static func rules(for language: String) -> (any TypographyRules)? {
        let primary = language.lowercased().split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" }).first
        switch primary {
        case "fr": return FrenchTypography()
        case "en": return EnglishTypography()
        default: return nil
        }
    }
}
