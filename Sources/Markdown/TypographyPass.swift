/// Applies language typography to the text of parsed events, in place.
/// Code, raw HTML, link destinations and autolink text are left as written.
enum TypographyPass {
    static func apply(to events: inout [MarkdownEvent], language: String) {
        guard var typography = Typography.rules(for: language) else { return }
        var buffer: [UInt8] = []
        var previousTextIndex: Int?
        var autolinkTextIndex = -1

        for index in events.indices {
            let event = events[index]
            switch event.node {
            case .text(let literal):
                if index == autolinkTextIndex { continue }
                buffer.removeAll(keepingCapacity: true)
                let change = typography.transform(literal, into: &buffer)
                if let space = change.previousPieceSpace, let previous = previousTextIndex {
                    replaceTrailingSpace(of: previous, with: space, in: &events)
                }
                if change.changedPiece {
                    events[index].node = .text(String(decoding: buffer, as: UTF8.self))
                }
                previousTextIndex = index
            case .emphasis, .strong:
                continue
            case .link(let url, let title):
                if event.phase == .enter && isAutolink(at: index, in: events) {
                    autolinkTextIndex = index + 1
                    typography.endRun()
                    previousTextIndex = nil
                } else if event.phase == .enter && !title.isEmpty {
                    events[index].node = .link(url: url, title: Typography.apply(to: title, language: language))
                }
            case .image(let url, let title):
                if event.phase == .enter && !title.isEmpty {
                    events[index].node = .image(url: url, title: Typography.apply(to: title, language: language))
                }
                typography.endRun()
                previousTextIndex = nil
            default:
                typography.endRun()
                previousTextIndex = nil
            }
        }
    }

    private static func replaceTrailingSpace(of index: Int, with space: [UInt8], in events: inout [MarkdownEvent]) {
        guard case .text(let literal) = events[index].node, literal.utf8.last == UInt8(ascii: " ") else { return }
        var bytes = Array(literal.utf8)
        bytes.removeLast()
        bytes.append(contentsOf: space)
        events[index].node = .text(String(decoding: bytes, as: UTF8.self))
    }

    /// `<https://example.org>`: a link whose only child is its own destination as text.
    private static func isAutolink(at index: Int, in events: [MarkdownEvent]) -> Bool {
        guard index + 2 < events.count,
              case .link(let url, let title) = events[index].node, title.isEmpty,
              case .text(let text) = events[index + 1].node,
              events[index + 2].phase == .exit else { return false }
        return text == url || "mailto:" + text == url
    }
}
