/// Removes what safe mode does not publish (raw HTML, links and images with a disallowed scheme),
/// warns about each removal, and collects the destinations that remain.
struct SafetyFilter {
    var events: [MarkdownEvent] = []
    var links: [String] = []
    var images: [String] = []
    /// Columns are cmark's byte columns; the renderer turns them into character columns.
    var warnings: [MarkdownWarning] = []

    init(filtering input: [MarkdownEvent], allowUnsafeHTML: Bool) {
        events.reserveCapacity(input.count)
        // One flag per open container: whether its exit is dropped along with its enter.
        var dropsExit: [Bool] = []
        // Above zero while inside a dropped image, whose alt text goes with it.
        var droppedImageDepth = 0

        for event in input {
            if droppedImageDepth > 0 {
                if event.phase == .enter { droppedImageDepth += 1 }
                if event.phase == .exit { droppedImageDepth -= 1 }
                continue
            }
            switch event.phase {
            case .leaf:
                if !allowUnsafeHTML, let html = Self.rawHTML(in: event.node) {
                    warn(event, "raw HTML \(Self.excerpt(html)) dropped; set unsafe_html: true in site.yml to keep it")
                    continue
                }
                events.append(event)
            case .enter:
                switch event.node {
                case .link(let url, _):
                    if !allowUnsafeHTML, let scheme = URLSchemePolicy.disallowedScheme(in: url) {
                        warn(event, "link to \(Self.excerpt(url)) dropped, its text kept: \(Self.schemeAdvice(scheme))")
                        dropsExit.append(true)
                        continue
                    }
                    links.append(url)
                case .image(let url, _):
                    if !allowUnsafeHTML, let scheme = URLSchemePolicy.disallowedScheme(in: url) {
                        warn(event, "image \(Self.excerpt(url)) dropped: \(Self.schemeAdvice(scheme))")
                        droppedImageDepth = 1
                        continue
                    }
                    images.append(url)
                default:
                    break
                }
                dropsExit.append(false)
                events.append(event)
            case .exit:
                if dropsExit.popLast() == true { continue }
                if event.node == .paragraph, let last = events.last, last.phase == .enter, last.node == .paragraph {
                    events.removeLast()  // everything in it was dropped: no empty <p></p>
                    continue
                }
                events.append(event)
            }
        }
    }

    private mutating func warn(_ event: MarkdownEvent, _ message: String) {
        warnings.append(MarkdownWarning(line: event.line, column: event.column, message: message))
    }

    private static func rawHTML(in node: MarkdownNode) -> String? {
        switch node {
        case .htmlBlock(let html), .htmlInline(let html): return html
        default: return nil
        }
    }

    private static func schemeAdvice(_ scheme: String) -> String {
        "scheme '\(scheme):' is not allowed (use http, https, mailto or a relative URL)"
    }

    /// The first line of `text`, at most 40 characters, quoted.
    private static func excerpt(_ text: String) -> String {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let trimmed = firstLine.count > 40 ? firstLine.prefix(40) + "…" : firstLine
        let printable = String(String.UnicodeScalarView(trimmed.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        return "'\(printable)'"
    }
}
