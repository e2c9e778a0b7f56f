import Foundation
import Markdown
import SiteModel

/// What every content file needs to know about the rest of the site. A value: files can be
/// loaded concurrently with the same context.
struct FileLoadContext: Sendable {
    var language: String
    var timeZone: TimeZone
    var unsafeHTML: Bool
    /// Named venues of `venues.yml`, by key.
    var venues: [String: Venue]
    /// Every key written in `venues.yml`, valid or not: a broken venue is reported there only.
    var declaredVenueKeys: Set<String> = []
    /// Files under `static/`, relative to it.
    var staticFiles: Set<String>
    /// `static/` itself, where photo sizes are read.
    var staticFolder: URL?
    /// Reads each image's header once in a build, for the loader and the image step alike.
    var imageHeaders = ImageHeaderReader()
    var paths: DisplayPaths
    /// The site's event series: an event's parse result holds its series.
    var series: [EventSeries] = []
    /// The words of the addresses of news, speakers, tags and venues.
    var urlWords: URLWords
    /// Where site.yml's `paths:` writes each word, by word; the defaults are not there.
    var urlWordLocations: [String: SourceLocation] = [:]

    init(config: SiteConfig, venues: [String: Venue] = [:], staticFiles: Set<String> = [], paths: DisplayPaths) {
        language = config.language
        timeZone = config.timeZone
        unsafeHTML = config.unsafeHTML
        urlWords = config.urlWords
        self.venues = venues
        self.staticFiles = staticFiles
        self.paths = paths
    }

    /// Venue keys in byte order, for messages.
    var venueKeys: [String] { ByteOrder.sorted(Array(venues.keys)) }

    /// Typography for text readers see (titles, names, summaries).
    func typeset(_ text: String) -> String {
        Typography.apply(to: text, language: language)
    }

    func makeLog(for url: URL) -> DiagnosticLog {
        DiagnosticLog(path: paths.path(for: url))
    }

    /// The body rendered once; Markdown warnings become warnings at their place in the file.
    func renderBody(of document: ContentDocument, log: DiagnosticLog) -> RenderedMarkdown {
        let output = MarkdownRenderer.render(document.body,
                                             options: MarkdownOptions(language: language, allowUnsafeHTML: unsafeHTML))
        for warning in output.warnings {
            log.warning(at: TextPosition(line: warning.line + document.bodyLineOffset, column: max(1, warning.column)),
                        warning.message)
        }
        // The images' sizes and widths are the render's (`ResponsiveMarkup`): they depend on
        // what the build publishes of each file, not on this body.
        return RenderedMarkdown(html: output.html, plainText: output.plainText, summaryHTML: output.summaryHTML,
                                summaryText: output.summaryText, links: output.links, images: output.images)
    }
}
