/// Writes text without markup: blocks separated by a blank line, list items one per line
/// (`- ` or `1. `, nested items indented), images as their alt text, code verbatim, raw HTML left out.
struct PlainTextRenderer {
    private enum Break: Int, Comparable {
        case none, line, blankLine
        static func < (lhs: Break, rhs: Break) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private var output: OutputBuffer
    private var pendingBreak = Break.none
    /// One entry per open block container: whether it is a list item.
    private var containerIsItem: [Bool] = []
    /// Next number of each open list, nil for bullet lists.
    private var listNumbers: [Int?] = []
    /// Width of the marker of each open item: the indentation of its continuation lines.
    private var itemIndents: [Int] = []
    private var indentation = 0
    /// Markers of items entered but not yet written (an item may start with a nested list).
    private var pendingMarkers: [String] = []

    private init(capacity: Int) {
        output = OutputBuffer(capacity: capacity)
    }

    static func render(_ events: ArraySlice<MarkdownEvent>, capacity: Int) -> String {
        var renderer = PlainTextRenderer(capacity: capacity)
        for event in events {
            switch event.phase {
            case .leaf: renderer.writeLeaf(event.node)
            case .enter: renderer.enter(event.node)
            case .exit: renderer.exit(event.node)
            }
        }
        return renderer.output.string
    }

    private mutating func enter(_ node: MarkdownNode) {
        switch node {
        case .document, .blockQuote:
            containerIsItem.append(false)
        case .list(let list):
            containerIsItem.append(false)
            listNumbers.append(list.isOrdered ? list.start : nil)
        case .item:
            containerIsItem.append(true)
            var marker = "- "
            if let number = listNumbers.last ?? nil {
                marker = "\(number). "
                listNumbers[listNumbers.count - 1] = number + 1
            }
            pendingMarkers.append(marker)
            itemIndents.append(marker.utf8.count)
            indentation += marker.utf8.count
            pendingBreak = max(pendingBreak, .line)
        default:
            break
        }
    }

    private mutating func exit(_ node: MarkdownNode) {
        switch node {
        case .document, .blockQuote:
            _ = containerIsItem.popLast()
            endBlock()
        case .list:
            _ = containerIsItem.popLast()
            _ = listNumbers.popLast()
            endBlock()
        case .item:
            if !pendingMarkers.isEmpty {
                startContent()
                output.trimTrailingSpaces()
            }
            _ = containerIsItem.popLast()
            indentation -= itemIndents.popLast() ?? 0
            pendingBreak = max(pendingBreak, .line)
        case .paragraph, .heading:
            endBlock()
        default:
            break
        }
    }

    private mutating func writeLeaf(_ node: MarkdownNode) {
        switch node {
        case .text(let text), .code(let text):
            startContent()
            output.append(text)
        case .softBreak:
            startContent()
            output.append(byte: UInt8(ascii: " "))
        case .lineBreak:
            pendingBreak = max(pendingBreak, .line)
        case .codeBlock(_, let literal):
            writeCodeBlock(literal)
            endBlock()
        case .thematicBreak, .htmlBlock:
            endBlock()
        default:
            break
        }
    }

    private mutating func writeCodeBlock(_ literal: String) {
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for (number, line) in lines.enumerated() {
            if number == 0 {
                startContent()
            } else {
                output.append("\n")
                if !line.isEmpty { output.append(spaces: indentation) }
            }
            output.append(String(line))
        }
    }

    /// A paragraph, heading or container ended: the next block starts after a blank line,
    /// or on the next line inside a list item.
    private mutating func endBlock() {
        pendingBreak = max(pendingBreak, containerIsItem.last == true ? .line : .blankLine)
    }

    /// Writes the pending line break, indentation and item markers before new content.
    private mutating func startContent() {
        guard pendingBreak != .none || !pendingMarkers.isEmpty else { return }
        if !output.isEmpty {
            switch pendingBreak {
            case .none: break
            case .line: output.append("\n")
            case .blankLine: output.append("\n\n")
            }
        }
        pendingBreak = .none
        let markerWidth = pendingMarkers.reduce(0) { $0 + $1.utf8.count }
        output.append(spaces: indentation - markerWidth)
        for marker in pendingMarkers { output.append(marker) }
        pendingMarkers.removeAll(keepingCapacity: true)
    }
}
