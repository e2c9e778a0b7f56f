import Escaping

/// Renders a compiled template into one byte buffer, with an explicit stack of frames instead of
/// recursion, so neither deep data nor partials that include themselves can overflow the stack.
///
/// A frame renders a range of one template's nodes: the whole template (top level or partial) or a
/// section's body, once per list item. As in swift-mustache, an indented standalone partial indents
/// each of its nodes that starts a line of that frame's own output, and only if it writes something.
struct TemplateRenderer {
    let library: TemplateLibrary
    var output: [UInt8] = []
    private var contextStack: [TemplateValue] = []
    private var frames: [Frame] = []
    private var partialsLeft = TemplateLibrary.partialBudget

    private struct Frame {
        let template: Int
        var next: Int
        let end: Int
        /// The context stack is cut back to this height when the frame ends.
        let contextHeight: Int
        let indentation: [UInt8]
        /// Where this frame's output starts.
        let outputStart: Int
        let partialDepth: Int
        /// Set while the node being rendered has written an indentation: where its own output starts.
        var indentedNodeStart: Int?
        /// Set while a section renders its body once per item of a list.
        var loop: Loop?
    }

    private struct Loop {
        let items: [TemplateValue]
        var index: Int
        let bodyStart: Int
        let bodyEnd: Int
    }

    init(library: TemplateLibrary) {
        self.library = library
    }

    /// `contexts`: the bottom of the context stack, outermost first.
    mutating func run(template: Int, contexts: [TemplateValue]) {
        contextStack = contexts
        frames = [Frame(template: template, next: 0, end: library.templates[template].nodes.count, contextHeight: contexts.count,
                        indentation: [], outputStart: output.count, partialDepth: 0)]
        while let top = frames.indices.last {
            if frames[top].next < frames[top].end {
                step(top)
            } else {
                endFrame()
            }
        }
    }

    private mutating func step(_ top: Int) {
        let templateIndex = frames[top].template
        let nodeIndex = frames[top].next
        beginNode(top)
        switch library.templates[templateIndex].nodes[nodeIndex] {
        case .text(let range):
            frames[top].next += 1
            library.templates[templateIndex].text.withUnsafeBufferPointer { text in
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[range]))
            }
            endNode(top)
        case .value(let path, let escaped):
            frames[top].next += 1
            if let value = lookUp(path) { write(value, escaped: escaped) }
            endNode(top)
        case .section(let path, let inverted, let bodyEnd):
            frames[top].next = bodyEnd
            enterSection(top, value: lookUp(path), inverted: inverted, body: nodeIndex + 1..<bodyEnd)
        case .partial(let slot, let indentation):
            frames[top].next += 1
            enterPartial(top, target: library.partialTargets[frames[top].template][slot], indentation: indentation)
        }
    }

    /// Truthiness as in swift-mustache: lists by emptiness, booleans by value, `null` and missing
    /// names are false; any other value is true and becomes the current value inside the section.
    private mutating func enterSection(_ top: Int, value: TemplateValue?, inverted: Bool, body: Range<Int>) {
        switch (value, inverted) {
        case (.list(let items), false) where !items.isEmpty:
            frames[top].loop = Loop(items: items, index: 0, bodyStart: body.lowerBound, bodyEnd: body.upperBound)
            pushBody(of: top, body: body, pushing: items[0])
        case (.list(let items), true) where items.isEmpty:
            pushBody(of: top, body: body, pushing: .list(items))
        case (.bool(true), false), (.bool(false), true), (.null, true), (nil, true):
            pushBody(of: top, body: body, pushing: nil)
        case (.some(let value), false) where !value.isFalsy:
            pushBody(of: top, body: body, pushing: value)
        default:
            endNode(top)
        }
    }

    private mutating func enterPartial(_ top: Int, target: Int?, indentation: [UInt8]?) {
        let depth = frames[top].partialDepth + 1
        guard let target, depth <= TemplateLibrary.partialDepthLimit, partialsLeft > 0 else {
            endNode(top)
            return
        }
        partialsLeft -= 1
        let parent = frames[top].indentation
        frames.append(Frame(template: target, next: 0, end: library.templates[target].nodes.count,
                            contextHeight: contextStack.count,
                            indentation: indentation.map { parent + $0 } ?? parent,
                            outputStart: output.count, partialDepth: depth))
    }

    private mutating func pushBody(of top: Int, body: Range<Int>, pushing value: TemplateValue?) {
        let height = contextStack.count
        if let value { contextStack.append(value) }
        let parent = frames[top]
        frames.append(Frame(template: parent.template, next: body.lowerBound, end: body.upperBound, contextHeight: height,
                            indentation: parent.indentation, outputStart: output.count,
                            partialDepth: parent.partialDepth))
    }

    private mutating func endFrame() {
        guard let done = frames.popLast() else { return }
        contextStack.removeSubrange(done.contextHeight...)
        guard let parent = frames.indices.last else { return }
        if var loop = frames[parent].loop, loop.index + 1 < loop.items.count {
            loop.index += 1
            frames[parent].loop = loop
            pushBody(of: parent, body: loop.bodyStart..<loop.bodyEnd, pushing: loop.items[loop.index])
            return
        }
        frames[parent].loop = nil
        endNode(parent)
    }

    /// Indentation goes before a node that starts a line of the frame's output (CR LF does not
    /// count, as swift-mustache compares whole characters); it is taken back if the node writes nothing.
    private mutating func beginNode(_ index: Int) {
        guard !frames[index].indentation.isEmpty else { return }
        let start = frames[index].outputStart
        let count = output.count
        guard count > start, output[count - 1] == .newline,
              count - 1 == start || output[count - 2] != .carriageReturn else { return }
        output.append(contentsOf: frames[index].indentation)
        frames[index].indentedNodeStart = output.count
    }

    private mutating func endNode(_ index: Int) {
        guard let start = frames[index].indentedNodeStart else { return }
        if output.count == start { output.removeLast(frames[index].indentation.count) }
        frames[index].indentedNodeStart = nil
    }

    /// The first name is looked for from the innermost value outwards; the rest inside what it found.
    private func lookUp(_ path: NamePath) -> TemplateValue? {
        guard let first = path.first else { return contextStack.last }
        var value: TemplateValue
        if path.anchored {
            guard let found = contextStack.last?[first] else { return nil }
            value = found
        } else {
            var found: TemplateValue?
            var index = contextStack.count - 1
            while index >= 0 {
                if case .object(let members) = contextStack[index], let member = members[first] {
                    found = member
                    break
                }
                index -= 1
            }
            guard let found else { return nil }
            value = found
        }
        for component in path.rest {
            guard let child = value[component] else { return nil }
            value = child
        }
        return value
    }

    /// Lists and objects write nothing (swift-mustache wrote Swift's debug description).
    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let text):
            if escaped { HTMLEscaping.markup.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .bytes(let bytes):
            if escaped { HTMLEscaping.markup.append(bytes, to: &output) } else { output.append(contentsOf: bytes) }
        case .int(let number):
            output.append(contentsOf: String(number).utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object, .null:
            break
        }
    }
}

extension TemplateValue {
    /// False for sections: `false`, an empty list, `null`.
    var isFalsy: Bool {
        switch self {
        case .bool(let flag): return !flag
        case .list(let items): return items.isEmpty
        case .null: return true
        case .string, .bytes, .int, .object: return false
        }
    }
}
