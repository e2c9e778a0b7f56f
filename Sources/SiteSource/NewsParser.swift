import Foundation
import SiteModel

/// One `content/news/YYYY-MM[-DD]-slug.md` file → `NewsPost`.
enum NewsParser {
    static let knownKeys = ["author", "date", "draft", "summary", "tags", "title", "updated"]

    /// Pure: reads only `url`, so files can be loaded concurrently.
    static func load(_ url: URL, sourcePath: String, context: FileLoadContext,
                     bytes: Data? = nil) -> FileResult<NewsPost> {
        let log = context.makeLog(for: url)
        let slug = slug(from: url, log: log)
        guard let document = ContentDocument.markdown(bytes.map(SourceText.decode) ?? SourceText.read(url), log: log) else {
            return FileResult(value: nil, log: log)
        }
        let fields = document.fields
        fields.warnAboutUnknownKeys(known: knownKeys)
        let title = fields.text("title", required: true)
        let date = fields.date("date", required: true)
        let author = fields.text("author")
        let tags = SharedFields.tags(fields, context: context)
        let draft = fields.bool("draft") ?? false
        let updated = fields.date("updated")
        let body = context.renderBody(of: document, log: log)
        let summary = SharedFields.summary(fields, body: body, context: context)
        guard let slug, let title, let date else { return FileResult(value: nil, log: log) }
        let post = NewsPost(slug: slug, title: context.typeset(title), date: date, author: author.map(context.typeset),
                            tags: tags, summary: summary, draft: draft, updated: updated, body: body,
                            sourcePath: sourcePath)
        return FileResult(value: post, log: log)
    }

    private static func slug(from url: URL, log: DiagnosticLog) -> String? {
        let stem = url.deletingPathExtension().lastPathComponent
        switch NewsFileName.parse(stem) {
        case let .success(name):
            return name.slug
        case .failure(.noDate):
            log.error(at: .start, "news file name '\(url.lastPathComponent)' does not start with a date",
                      hint: "name it YYYY-MM-DD-slug.md or YYYY-MM-slug.md")
        case let .failure(.invalidDate(text)):
            log.error(at: .start, "invalid date '\(text)' in news file name '\(url.lastPathComponent)'")
        case .failure(.emptySlug):
            log.error(at: .start, "news file name '\(url.lastPathComponent)' gives an empty slug",
                      hint: "add words after the date: YYYY-MM-DD-slug.md")
        }
        return nil
    }
}
