import Foundation
import SiteModel

/// One `content/pages/<slug>.md` file → `Page`.
enum PageParser {
    static let knownKeys = ["draft", "menu", "title"]

    /// Pure: reads only `url`, so files can be loaded concurrently.
    static func load(_ url: URL, sourcePath: String, context: FileLoadContext,
                     bytes: Data? = nil) -> FileResult<Page> {
        let log = context.makeLog(for: url)
        let stem = url.deletingPathExtension().lastPathComponent
        let slug = Slug.make(stem)
        if slug.isEmpty {
            log.error(at: .start, "page file name '\(url.lastPathComponent)' gives an empty slug",
                      hint: "use letters or digits in the file name")
        }
        guard let document = ContentDocument.markdown(bytes.map(SourceText.decode) ?? SourceText.read(url), log: log) else {
            return FileResult(value: nil, log: log)
        }
        let fields = document.fields
        fields.warnAboutUnknownKeys(known: knownKeys)
        let title = fields.text("title", required: true)
        let menu = fields.integer("menu")
        let draft = fields.bool("draft") ?? false
        let body = context.renderBody(of: document, log: log)
        guard !slug.isEmpty, let title else { return FileResult(value: nil, log: log) }
        let page = Page(slug: slug, title: context.typeset(title), menu: menu, draft: draft, body: body,
                        sourcePath: sourcePath)
        return FileResult(value: page, log: log)
    }
}
