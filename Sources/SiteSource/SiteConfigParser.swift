import Foundation
import Markdown
import SiteModel

/// `content/site.yml` → `SiteConfig`.
enum SiteConfigParser {
    static let knownKeys = ["base_url", "event_duration", "feed_items", "language", "location", "organizer", "paths", "social_cards", "tagline", "theme",
                            "timezone", "title", "unsafe_html"]

    static func parse(_ node: YAMLNode, log: DiagnosticLog) -> SiteConfig? {
        guard let fields = MapReader(node, at: .start, log: log, expecting: "site settings as a map") else { return nil }
        fields.warnAboutUnknownKeys(known: knownKeys)
        let defaults = SiteConfig(title: "", baseURL: "")

        let language = fields.text("language").flatMap { validLanguage($0, fields: fields) } ?? defaults.language
        func typeset(_ text: String) -> String { Typography.apply(to: text, language: language) }
        let title = fields.text("title", required: true).map(typeset)
        let baseURL = fields.siteAddress("base_url", required: true).map(withoutTrailingSlashes)
        let timeZone = fields.text("timezone").flatMap { validTimeZone($0, fields: fields) }
        let urlWords = URLWordsParser.parse(fields, language: language)
        let config = SiteConfig(
            title: title ?? "",
            tagline: fields.text("tagline").map(typeset),
            baseURL: baseURL ?? "",
            language: language,
            timeZoneIdentifier: timeZone ?? defaults.timeZoneIdentifier,
            organizer: fields.text("organizer").map(typeset),
            eventDurationMinutes: fields.integer("event_duration", minimum: 1, maximum: SiteConfig.longestEventMinutes) ?? defaults.eventDurationMinutes,
            theme: fields.text("theme", nonEmpty: true) ?? defaults.theme,
            feedItems: fields.integer("feed_items", minimum: 1) ?? defaults.feedItems,
            unsafeHTML: fields.bool("unsafe_html") ?? defaults.unsafeHTML,
            location: fields.text("location", nonEmpty: true).map(typeset),
            urlWords: urlWords,
            socialCards: fields.bool("social_cards") ?? defaults.socialCards)
        return log.hasErrors ? nil : config
    }

    /// Where each word of `paths:` is written, by word (no diagnostics: `parse` gives them).
    static func writtenWordLocations(_ node: YAMLNode, log: DiagnosticLog) -> [String: SourceLocation] {
        guard let fields = MapReader(node, at: .start, log: DiagnosticLog(path: log.path), expecting: "") else { return [:] }
        return URLWordsParser.writtenLocations(fields)
    }

    private static func validLanguage(_ text: String, fields: MapReader) -> String? {
        guard isPlausibleLanguageTag(text) else {
            fields.log.error(at: fields.node("language")?.position ?? fields.position,
                             "'\(text)' is not a BCP 47 language tag", hint: "write for example fr, br or en-GB")
            return nil
        }
        return text
    }

    private static func validTimeZone(_ text: String, fields: MapReader) -> String? {
        guard !text.isEmpty, TimeZone(identifier: text) != nil else {
            fields.log.error(at: fields.node("timezone")?.position ?? fields.position,
                             "unknown time zone '\(text)'", hint: "write an IANA name such as Europe/Paris")
            return nil
        }
        return text
    }

    /// A language subtag of 2–3 letters (or 4–8 registered ones), then subtags of 1–8 letters or digits.
    static func isPlausibleLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = subtags.first, (2...8).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    private static func withoutTrailingSlashes(_ url: String) -> String {
        var url = url
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
