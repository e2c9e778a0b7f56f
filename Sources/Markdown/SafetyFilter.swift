/// Removes what safe mode does not publish (raw HTML, links and images with a disallowed scheme),
/// warns about each removal, and collects the destinations that remain.
struct SafetyFilter {
    private(set) var events: [MarkdownEvent] = []
    private(set) var links: [String] = []
    private(set) var images: [String] = []
    /// Columns are cmark's byte columns; the renderer turns them into character columns.
    private(set) var warnings: [MarkdownWarning] = []

    init(filtering input: [MarkdownEvent], allowUnsafeHTML: Bool) {
        // Most bodies drop nothing: the input is copied only from the first dropped event on.
        var kept: [MarkdownEvent]?
        // One flag per open container: whether its exit is dropped along with its enter.
        var dropsExit: [Bool] = []
        // Above zero while inside a dropped image, whose alt text goes with it.
        var droppedImageDepth = 0

        func drop(at index: Int) {
            if kept == nil {
                kept = Array(input[..<index])
                kept?.reserveCapacity(input.count)
            }
        }

        for index in input.indices {
            let event = input[index]
            if droppedImageDepth > 0 {
                if event.phase == .enter { droppedImageDepth += 1 }
                if event.phase == .exit { droppedImageDepth -= 1 }
                continue
            }
            switch event.phase {
            case .leaf:
                if !allowUnsafeHTML, let html = Self.rawHTML(in: event.node) {
                    warn(event, "raw HTML \(Self.excerpt(html)) dropped; set unsafe_html: true in site.yml to keep it")
                    drop(at: index)
                    continue
                }
            case .enter:
                var dropped = false
                switch event.node {
                case .link(let url, _):
                    if !allowUnsafeHTML, let scheme = URLSchemePolicy.disallowedScheme(in: url) {
                        warn(event, "link to \(Self.excerpt(url)) dropped, its text kept: \(Self.schemeAdvice(scheme))")
                        dropped = true
                    } else {
                        links.append(url)
                    }
                case .image(let url, _):
                    if !allowUnsafeHTML, let scheme = URLSchemePolicy.disallowedScheme(in: url) {
                        warn(event, "image \(Self.excerpt(url)) dropped: \(Self.schemeAdvice(scheme))")
                        droppedImageDepth = 1
                        drop(at: index)
                        continue
                    }
                    images.append(url)
                default:
                    break
                }
                dropsExit.append(dropped)
                if dropped {
                    drop(at: index)
                    continue
                }
            case .exit:
                if dropsExit.popLast() == true { continue }
                if event.node == .paragraph, let last = kept?.last, last.phase == .enter, last.node == .paragraph {
                    kept?.removeLast()  // everything in it was dropped: no empty <p></p>
                    continue
                }
            }
            kept?.append(event)
        }
        events = kept ?? input
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

    /// The first line of `text`, at most 40 characters, control characters shown as spaces, quoted.
    private static func excerpt(_ text: String) -> String {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let trimmed = firstLine.count > 40 ? firstLine.prefix(40) + "…" : firstLine
        let printable = String(String.UnicodeScalarView(trimmed.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        return "'\(printable)'"
    }
}
