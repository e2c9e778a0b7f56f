/// Compiles Mustache source into a flat node list, in one pass over the UTF-8 bytes, without recursion.
///
/// The standalone-line rules follow swift-mustache's reading of the spec, so that themes written
/// for it render byte for byte as before. Two of its quirks are kept on purpose: after a closing
/// tag, "start of line" is what it was after the matching opening tag; and spaces at the very end
/// of a template, after its last newline, are dropped.
struct TemplateParser {
    let source: [UInt8]
    let name: String
    private(set) var nodes: [TemplateNode] = []
    private(set) var text: [UInt8] = []
    private(set) var partialNames: [String] = []
    private(set) var errors: [TemplateError] = []

    var position = 0
    var delimiters = Delimiters.standard
    /// True where a tag alone on its line would be standalone.
    private var atLineStart = true
    /// Spaces and tabs read at the start of the line and not written yet.
    private var pendingWhitespace: Range<Int> = 0..<0
    private var openSections: [OpenSection] = []
    private var partialSlots: [String: Int] = [:]
    /// The text node that the next text may extend (none after a tag or across a section's end).
    private var extendableTextNode: Int?

    private struct OpenSection {
        let name: String
        let path: NamePath
        let inverted: Bool
        let nodeIndex: Int
        let tagStart: Int
        let standalone: Bool
        let outerDelimiters: Delimiters
        let outerWhitespace: Range<Int>
    }

    init(source: [UInt8], name: String) {
        self.source = source
        self.name = name
    }

    mutating func parse() {
        while position < source.count {
            if atLineStart {
                let start = position
                while position < source.count, source[position] == .space || source[position] == .tab { position += 1 }
                pendingWhitespace = start..<position
            }
            let textStart = position
            let stop = readText()
            if stop == .newline {
                appendText(textStart..<position + 1)
                position += 1
                atLineStart = true
                continue
            }
            let textEnd = stop == .end ? source.count : position - delimiters.open.count
            if textStart < textEnd {
                appendText(textStart..<textEnd)
                atLineStart = false
            }
            guard stop == .tag else { break }
            guard position < source.count else {
                report("tag is not closed: expected '\(delimiters.closeText)'", at: textEnd)
                break
            }
            guard parseTag(startingAt: textEnd) else { break }
        }
        for section in openSections {
            report("section '\(section.name)' is not closed: add {{/\(section.name)}}", at: section.tagStart)
        }
    }

    private enum TextStop { case newline, tag, end }

    /// Reads up to a newline (left unread) or an opening delimiter (read), or to the end.
    private mutating func readText() -> TextStop {
        let open = delimiters.open
        while position < source.count {
            let byte = source[position]
            if byte == .newline { return .newline }
            if byte == open[0], source.matches(open, at: position) {
                position += open.count
                return .tag
            }
            position += 1
        }
        return .end
    }

    /// Parses the tag whose opening delimiter starts at `tagStart`; false when the rest of the
    /// template cannot be read.
    private mutating func parseTag(startingAt tagStart: Int) -> Bool {
        let sigil = source[position]
        switch sigil {
        case .hash, .caret:
            position += 1
            guard let name = readName(tagStart: tagStart, closing: delimiters.close) else { return true }
            let standalone = isStandalone()
            if !standalone { flushWhitespace() }
            openSections.append(OpenSection(name: name, path: NamePath(name), inverted: sigil == .caret,
                                            nodeIndex: nodes.count, tagStart: tagStart, standalone: standalone,
                                            outerDelimiters: delimiters, outerWhitespace: pendingWhitespace))
            appendNode(.section(NamePath(name), inverted: sigil == .caret, bodyEnd: nodes.count + 1))
            pendingWhitespace = position..<position
            atLineStart = standalone
        case .slash:
            position += 1
            guard let name = readName(tagStart: tagStart, closing: delimiters.close) else { return true }
            let standalone = isStandalone()
            if !standalone { flushWhitespace() }
            closeSection(named: name, tagStart: tagStart, standalone: standalone)
        case .bang:
            guard let end = source.firstMatch(of: delimiters.close, from: position + 1) else {
                report("comment is not closed: expected '\(delimiters.closeText)'", at: tagStart)
                return false
            }
            position = end + delimiters.close.count
            atLineStart = isStandalone()
        case .openBrace, .ampersand, .greaterThan, .equals:
            return parseSpecialTag(sigil, tagStart: tagStart)
        case .lessThan, .dollar:
            report("template inheritance ({{< }} and {{$ }}) is not supported", at: tagStart)
            skipTag()
        case .percent:
            report("pragmas ({{% }}) are not supported", at: tagStart)
            skipTag()
        default:
            flushWhitespace()
            guard let name = readName(tagStart: tagStart, closing: delimiters.close) else { return true }
            appendNode(.value(NamePath(name), escaped: true))
            atLineStart = false
        }
        return true
    }

    /// Unescaped values, partials and delimiter changes.
    private mutating func parseSpecialTag(_ sigil: UInt8, tagStart: Int) -> Bool {
        position += 1
        switch sigil {
        case .openBrace, .ampersand:
            flushWhitespace()
            let closing = sigil == .openBrace ? [UInt8.closeBrace] + delimiters.close : delimiters.close
            guard let name = readName(tagStart: tagStart, closing: closing) else { return true }
            appendNode(.value(NamePath(name), escaped: false))
            atLineStart = false
        case .greaterThan:
            guard let name = readPartialName(tagStart: tagStart) else { return true }
            let indentation = Array(source[pendingWhitespace])
            flushWhitespace()
            let standalone = isStandalone()
            appendNode(.partial(slot: partialSlot(name), indentation: standalone ? indentation : nil))
            atLineStart = standalone
        default:
            guard let newDelimiters = readDelimiters(tagStart: tagStart) else { return false }
            delimiters = newDelimiters
            atLineStart = isStandalone()
        }
        return true
    }

    private mutating func closeSection(named name: String, tagStart: Int, standalone: Bool) {
        guard let open = openSections.popLast() else {
            report("closing tag '\(name)' has no open section", at: tagStart)
            atLineStart = standalone
            return
        }
        if open.name != name {
            let (line, column) = location(of: open.tagStart)
            report("closing tag '\(name)' does not match the open section '\(open.name)' (line \(line), column \(column)): "
                   + "close it with {{/\(open.name)}}", at: tagStart)
        }
        nodes[open.nodeIndex] = .section(open.path, inverted: open.inverted, bodyEnd: nodes.count)
        extendableTextNode = nil
        delimiters = open.outerDelimiters
        pendingWhitespace = open.outerWhitespace
        atLineStart = open.standalone
    }

    /// A tag alone on its line (but for spaces and tabs): reads the rest of the line, newline included.
    private mutating func isStandalone() -> Bool {
        guard atLineStart else { return false }
        guard position < source.count else { return true }
        var end = position
        while end < source.count, source[end] == .space || source[end] == .tab { end += 1 }
        let newline = source.lineBreakLength(at: end)
        guard newline > 0 else { return false }
        position = end + newline
        return true
    }

    private mutating func flushWhitespace() {
        guard !pendingWhitespace.isEmpty else { return }
        appendText(pendingWhitespace.upperBound..<pendingWhitespace.upperBound)
    }

    /// Appends the pending whitespace and then `range` as text.
    private mutating func appendText(_ range: Range<Int>) {
        let start = text.count
        text.append(contentsOf: source[pendingWhitespace])
        text.append(contentsOf: source[range])
        pendingWhitespace = range.upperBound..<range.upperBound
        if let previous = extendableTextNode, case .text(let earlier) = nodes[previous], earlier.upperBound == start {
            nodes[previous] = .text(earlier.lowerBound..<text.count)
        } else {
            nodes.append(.text(start..<text.count))
        }
        // Text after a newline stays its own node: an indented partial indents it.
        extendableTextNode = text.last == .newline ? nil : nodes.count - 1
    }

    private mutating func appendNode(_ node: TemplateNode) {
        nodes.append(node)
        extendableTextNode = nil
    }

    private mutating func partialSlot(_ name: String) -> Int {
        if let slot = partialSlots[name] { return slot }
        partialNames.append(name)
        partialSlots[name] = partialNames.count - 1
        return partialNames.count - 1
    }

    mutating func report(_ message: String, at offset: Int) {
        let (line, column) = location(of: offset)
        errors.append(TemplateError(template: name, line: line, column: column, message: message))
    }

    /// 1-based line and column (in characters) of a byte offset.
    func location(of offset: Int) -> (line: Int, column: Int) {
        let end = min(offset, source.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where source[index] == .newline {
            line += 1
            lineStart = index + 1
        }
        return (line, String(decoding: source[lineStart..<end], as: UTF8.self).count + 1)
    }
}
