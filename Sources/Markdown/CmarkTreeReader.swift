import CCmark

/// Parses a body with libcmark and copies its tree into Swift events.
/// Every C pointer is created and freed in `read(_:)`; nothing from cmark outlives the call.
enum CmarkTreeReader {
    static func read(_ source: String) -> [MarkdownEvent] {
        var source = source
        return source.withUTF8 { bytes -> [MarkdownEvent] in
            let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
            let document: OpaquePointer? = bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
            guard let document else { return [] }
            defer { cmark_node_free(document) }
            guard let iterator = cmark_iter_new(document) else { return [] }
            defer { cmark_iter_free(iterator) }
            return walk(iterator, estimatedCount: bytes.count / 4)
        }
    }

    private static func walk(_ iterator: OpaquePointer, estimatedCount: Int) -> [MarkdownEvent] {
        var events: [MarkdownEvent] = []
        events.reserveCapacity(estimatedCount)
        // Nodes of the open containers, so an exit repeats its enter's values without reading C again.
        var openNodes: [MarkdownNode] = []
        while true {
            let eventType = cmark_iter_next(iterator)
            if eventType == CMARK_EVENT_DONE || eventType == CMARK_EVENT_NONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let line = Int(cmark_node_get_start_line(pointer))
            let column = Int(cmark_node_get_start_column(pointer))
            if eventType == CMARK_EVENT_EXIT {
                let node = openNodes.popLast() ?? .custom
                events.append(MarkdownEvent(phase: .exit, node: node, line: line, column: column))
                continue
            }
            let (node, isContainer) = makeNode(pointer)
            if isContainer { openNodes.append(node) }
            events.append(MarkdownEvent(phase: isContainer ? .enter : .leaf, node: node,
                                        line: line, column: column))
        }
        return events
    }

    /// The node's Swift value, and whether cmark will report an exit for it.
    private static func makeNode(_ pointer: OpaquePointer) -> (MarkdownNode, Bool) {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: return (.document, true)
        case CMARK_NODE_BLOCK_QUOTE: return (.blockQuote, true)
        case CMARK_NODE_LIST:
            let list = MarkdownList(isOrdered: cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST,
                                    start: Int(cmark_node_get_list_start(pointer)),
                                    isTight: cmark_node_get_list_tight(pointer) != 0)
            return (.list(list), true)
        case CMARK_NODE_ITEM: return (.item, true)
        case CMARK_NODE_CODE_BLOCK:
            let info = string(cmark_node_get_fence_info(pointer))
            return (.codeBlock(info: info, literal: literal(pointer)), false)
        case CMARK_NODE_HTML_BLOCK: return (.htmlBlock(literal(pointer)), false)
        case CMARK_NODE_PARAGRAPH: return (.paragraph, true)
        case CMARK_NODE_HEADING: return (.heading(level: Int(cmark_node_get_heading_level(pointer))), true)
        case CMARK_NODE_THEMATIC_BREAK: return (.thematicBreak, false)
        case CMARK_NODE_TEXT: return (.text(literal(pointer)), false)
        case CMARK_NODE_SOFTBREAK: return (.softBreak, false)
        case CMARK_NODE_LINEBREAK: return (.lineBreak, false)
        case CMARK_NODE_CODE: return (.code(literal(pointer)), false)
        case CMARK_NODE_HTML_INLINE: return (.htmlInline(literal(pointer)), false)
        case CMARK_NODE_EMPH: return (.emphasis, true)
        case CMARK_NODE_STRONG: return (.strong, true)
        case CMARK_NODE_LINK:
            return (.link(url: string(cmark_node_get_url(pointer)), title: string(cmark_node_get_title(pointer))), true)
        case CMARK_NODE_IMAGE:
            return (.image(url: string(cmark_node_get_url(pointer)), title: string(cmark_node_get_title(pointer))), true)
        default:
            // Custom nodes: cmark treats every type outside its fixed leaf list as a container.
            return (.custom, true)
        }
    }

    private static func literal(_ pointer: OpaquePointer) -> String {
        string(cmark_node_get_literal(pointer))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
