/// Turns a Markdown body into HTML, plain text and a summary from a single cmark parse.
public enum MarkdownRenderer {
    public static func render(_ source: String, options: MarkdownOptions) -> MarkdownOutput {
        let filter = SafetyFilter(filtering: CmarkTreeReader.read(source), allowUnsafeHTML: options.allowUnsafeHTML)
        var events = filter.events
        TypographyPass.apply(to: &events, language: options.language)

        let capacity = source.utf8.count + source.utf8.count / 4
        let htmlRenderer = HTMLRenderer(headingLevelOffset: options.headingLevelOffset)
        var summaryHTML = ""
        var summaryText = ""
        if let paragraph = firstTopLevelParagraph(in: events) {
            summaryHTML = htmlRenderer.render(events[(paragraph.lowerBound + 1)..<paragraph.upperBound], capacity: 256)
            summaryText = PlainTextRenderer.render(events[paragraph], capacity: 256)
        }
        return MarkdownOutput(
            html: htmlRenderer.render(events[...], capacity: capacity),
            plainText: PlainTextRenderer.render(events[...], capacity: source.utf8.count),
            summaryHTML: summaryHTML,
            summaryText: summaryText,
            links: filter.links,
            images: filter.images,
            warnings: characterColumns(filter.warnings, source: source))
    }

    /// The events from the enter to the exit of the document's first paragraph child.
    private static func firstTopLevelParagraph(in events: [MarkdownEvent]) -> ClosedRange<Int>? {
        var depth = 0
        var start: Int?
        for index in events.indices {
            let event = events[index]
            if event.phase == .enter {
                if depth == 1, start == nil, event.node == .paragraph { start = index }
                depth += 1
            } else if event.phase == .exit {
                depth -= 1
                if depth == 1, let start { return start...index }
            }
        }
        return nil
    }

    private static func characterColumns(_ warnings: [MarkdownWarning], source: String) -> [MarkdownWarning] {
        guard !warnings.isEmpty else { return [] }
        let columns = SourceColumns(source)
        return warnings.map { warning in
            var warning = warning
            warning.column = columns.characterColumn(line: warning.line, byteColumn: warning.column)
            return warning
        }
    }
}
