import SiteModel
import SiteSource

/// What `kerne init` writes in the site's language: an example to replace, never the interface.
/// Its words are the `starter_*` keys of the built-in default theme's strings, so a language
/// the theme gains is one `kerne init` can write.
struct StarterText {
    var tagline: String
    var seriesFolder: String
    var seriesDescription: String
    var venueKey: String
    var venueName: String
    var eventTitle: String
    var eventBody: String
    var tags: [String]
    var newsTitle: String
    var newsSlug: String
    var newsBody: String
    var pageSlug: String
    var pageTitle: String
    var pageBody: String

    /// Nil when the default theme has no strings for the language.
    init?(language: String) {
        guard let words = ThemeWords.words(from: EmbeddedTheme.theme.strings, language: language) else { return nil }
        tagline = words["starter_tagline"]
        seriesFolder = words["starter_series_folder"]
        seriesDescription = words["starter_series_description"]
        venueKey = words["starter_venue_key"]
        venueName = words["starter_venue_name"]
        eventTitle = words["starter_event_title"]
        eventBody = words["starter_event_body"].trimmingSuffix(while: \.isNewline)
        tags = words.list("starter_tags")
        newsTitle = words["starter_news_title"]
        newsSlug = words["starter_news_slug"]
        newsBody = words["starter_news_body"].trimmingSuffix(while: \.isNewline)
        pageSlug = words["starter_page_slug"]
        pageTitle = words["starter_page_title"]
        pageBody = words["starter_page_body"].trimmingSuffix(while: \.isNewline)
    }
}

private extension String {
    func trimmingSuffix(while isTrimmed: (Character) -> Bool) -> String {
        var text = self
        while let last = text.last, isTrimmed(last) { text.removeLast() }
        return text
    }
}
