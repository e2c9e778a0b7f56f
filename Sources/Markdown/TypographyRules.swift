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
    static func rules(for language: String) -> (any TypographyRules)? {
        if FrenchTypography.applies(to: language) { return FrenchTypography() }
        if EnglishTypography.applies(to: language) { return EnglishTypography() }
        return nil
    }
}
