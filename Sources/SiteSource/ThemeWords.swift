import Markdown
import SiteModel

/// Picks a theme's words for a site's language: the strings file of the exact tag (`en-GB`) over
/// that of its primary language (`en`), key by key, then the language's typography on every text.
public enum ThemeWords {
    /// The files a language reads, most specific first: `en-GB` → `en-GB`, `en`.
    public static func languages(for tag: String) -> [String] {
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        return (0..<parts.count).reversed().map { parts[0...$0].joined(separator: "-") }
    }

    /// Nil when the theme has no strings file for the language nor for its primary language.
    public static func words(from strings: [String: [String: InterfaceText]], language: String) -> InterfaceWords? {
        var entries: [String: InterfaceText] = [:]
        var found = false
        for tag in languages(for: language) {
            guard let file = strings.first(where: { $0.key.lowercased() == tag.lowercased() })?.value else { continue }
            found = true
            entries.merge(file) { specific, _ in specific }
        }
        guard found else { return nil }
        return InterfaceWords(entries).mapTexts { Typography.apply(to: $0, language: language) }
    }
}
