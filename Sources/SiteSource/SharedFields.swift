import SiteModel

/// Keys that editions and news posts read the same way.
enum SharedFields {
    /// `tags`: display text through typography; every tag needs a non-empty slug; repeats are dropped.
    static func tags(_ fields: MapReader, context: FileLoadContext) -> [String] {
        guard let items = fields.textList("tags") else { return [] }
        var seen: Set<String> = []
        var tags: [String] = []
        for (text, position) in items {
            let slug = Slug.make(text)
            guard !slug.isEmpty else {
                fields.log.error(at: position, "tag '\(text)' gives an empty slug", hint: "use letters or digits")
                continue
            }
            guard seen.insert(slug).inserted else {
                fields.log.warning(at: position, "tag '\(text)' is listed twice")
                continue
            }
            tags.append(context.typeset(text))
        }
        return tags
    }

    /// `summary` when written, else the first paragraph of the body.
    static func summary(_ fields: MapReader, body: RenderedMarkdown, context: FileLoadContext) -> String {
        fields.text("summary").map(context.typeset) ?? body.summaryText
    }
}
