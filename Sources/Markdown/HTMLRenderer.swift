/// Writes HTML5 following CommonMark's conventions, from a slice of events, with an explicit stack.
struct HTMLRenderer {
    private enum Frame {
        case item, tightParagraph, other
    }

    let headingLevelOffset: Int

    func render(_ events: ArraySlice<MarkdownEvent>, capacity: Int) -> String {
        var output = OutputBuffer(capacity: capacity)
        var frames: [Frame] = []
        var listTightness: [Bool] = []
        // Inside an image the children only make its alt text; depth counts the nested containers.
        var altTextDepth = 0
        var imageTitle = ""

        for event in events {
            if altTextDepth > 0 {
                if event.phase == .enter { altTextDepth += 1 }
                if event.phase == .exit { altTextDepth -= 1 }
                if altTextDepth == 0 {
                    output.append("\"")
                    if !imageTitle.isEmpty {
                        output.append(" title=\"")
                        output.appendEscaped(imageTitle)
                        output.append("\"")
                    }
                    output.append(">")
                } else {
                    Self.appendAltText(of: event.node, to: &output)
                }
                continue
            }
            switch event.phase {
            case .leaf:
                Self.appendLeaf(event.node, to: &output)
            case .enter:
                switch event.node {
                case .image(let url, let title):
                    output.append("<img src=\"")
                    output.appendEscapedURL(url)
                    output.append("\" alt=\"")
                    imageTitle = title
                    altTextDepth = 1
                    continue
                case .list(let list):
                    listTightness.append(list.isTight)
                case .paragraph:
                    if frames.last == .item && listTightness.last == true {
                        frames.append(.tightParagraph)
                        continue
                    }
                default:
                    break
                }
                frames.append(event.node == .item ? .item : .other)
                appendEnter(event.node, to: &output)
            case .exit:
                let frame = frames.popLast()
                if case .list = event.node { _ = listTightness.popLast() }
                if frame == .tightParagraph { continue }
                appendExit(event.node, to: &output)
            }
        }
        return output.string
    }

    private func headingLevel(_ level: Int) -> Int {
        min(6, max(1, level + headingLevelOffset))
    }

    private func appendEnter(_ node: MarkdownNode, to output: inout OutputBuffer) {
        switch node {
        case .blockQuote:
            output.ensureNewline()
            output.append("<blockquote>\n")
        case .list(let list):
            output.ensureNewline()
            if !list.isOrdered {
                output.append("<ul>\n")
            } else if list.start == 1 {
                output.append("<ol>\n")
            } else {
                output.append("<ol start=\"")
                output.append(list.start)
                output.append("\">\n")
            }
        case .item:
            output.ensureNewline()
            output.append("<li>")
        case .paragraph:
            output.ensureNewline()
            output.append("<p>")
        case .heading(let level):
            output.ensureNewline()
            output.append("<h")
            output.append(headingLevel(level))
            output.append(">")
        case .emphasis: output.append("<em>")
        case .strong: output.append("<strong>")
        case .link(let url, let title):
            output.append("<a href=\"")
            output.appendEscapedURL(url)
            if !title.isEmpty {
                output.append("\" title=\"")
                output.appendEscaped(title)
            }
            output.append("\">")
        default:
            break
        }
    }

    private func appendExit(_ node: MarkdownNode, to output: inout OutputBuffer) {
        switch node {
        case .blockQuote:
            output.ensureNewline()
            output.append("</blockquote>\n")
        case .list(let list):
            output.ensureNewline()
            output.append(list.isOrdered ? "</ol>\n" : "</ul>\n")
        case .item: output.append("</li>\n")
        case .paragraph: output.append("</p>\n")
        case .heading(let level):
            output.append("</h")
            output.append(headingLevel(level))
            output.append(">\n")
        case .emphasis: output.append("</em>")
        case .strong: output.append("</strong>")
        case .link: output.append("</a>")
        default:
            break
        }
    }

    private static func appendLeaf(_ node: MarkdownNode, to output: inout OutputBuffer) {
        switch node {
        case .text(let text): output.appendEscaped(text)
        case .softBreak: output.append("\n")
        case .lineBreak: output.append("<br>\n")
        case .code(let code):
            output.append("<code>")
            output.appendEscaped(code)
            output.append("</code>")
        case .htmlInline(let html): output.append(html)
        case .htmlBlock(let html):
            output.ensureNewline()
            output.append(html)
            output.ensureNewline()
        case .thematicBreak:
            output.ensureNewline()
            output.append("<hr>\n")
        case .codeBlock(let info, let literal):
            output.ensureNewline()
            output.append("<pre><code")
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
            if !language.isEmpty {
                output.append(" class=\"language-")
                output.appendEscaped(String(language))
                output.append("\"")
            }
            output.append(">")
            output.appendEscaped(literal)
            output.append("</code></pre>\n")
        default:
            break
        }
    }

    private static func appendAltText(of node: MarkdownNode, to output: inout OutputBuffer) {
        switch node {
        case .text(let text), .code(let text): output.appendEscaped(text)
        case .softBreak, .lineBreak: output.append(" ")
        default: break
        }
    }
}
