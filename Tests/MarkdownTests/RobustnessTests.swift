import Testing
@testable import Markdown

@Suite("Any input renders without crashing")
struct RobustnessTests {
    private let depth = 10_000

    private func occurrences(of needle: String, in haystack: String) -> Int {
        haystack.split(separator: needle, omittingEmptySubsequences: false).count - 1
    }

    @Test func tenThousandNestedBlockQuotes() {
        let output = MD.render(String(repeating: ">", count: depth) + " fond")
        #expect(occurrences(of: "<blockquote>", in: output.html) == depth)
        #expect(occurrences(of: "</blockquote>", in: output.html) == depth)
        #expect(output.html.contains("<p>fond</p>"))
        #expect(output.plainText == "fond")
    }

    @Test func tenThousandNestedListItems() {
        let output = MD.render(String(repeating: "- ", count: depth) + "fond")
        #expect(occurrences(of: "<li>", in: output.html) == depth)
        #expect(occurrences(of: "</ul>", in: output.html) == depth)
        #expect(output.plainText == String(repeating: "- ", count: depth) + "fond")
    }

    @Test func tenThousandNestedInlines() {
        let emphasis = String(repeating: "*", count: depth) + "x" + String(repeating: "*", count: depth)
        #expect(MD.html(emphasis).hasSuffix("</p>\n"))
        let brackets = String(repeating: "[", count: depth) + "x" + String(repeating: "](/a)", count: depth)
        #expect(MD.render(brackets).links.count >= 1)
        let images = String(repeating: "![", count: depth) + "x" + String(repeating: "](/a.png)", count: depth)
        #expect(MD.render(images, MD.french).html.hasPrefix("<p>"))
    }

    @Test func emptyBody() {
        let output = MD.render("")
        #expect(output == MarkdownOutput(html: "", plainText: "", summaryHTML: "", summaryText: "",
                                         links: [], images: [], warnings: []))
    }

    @Test func whitespaceOnlyBody() {
        let output = MD.render("  \n\t\n   \r\n", MD.french)
        #expect(output.html.isEmpty)
        #expect(output.plainText.isEmpty)
        #expect(output.summaryText.isEmpty)
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xC3] + Array(" *ok* ".utf8) + [0xFF, 0xFE, 0x80] + Array("!".utf8)
        let source = String(decoding: bytes, as: UTF8.self)
        let output = MD.render(source, MD.french)
        #expect(output.html == "<p>Caf\u{FFFD} <em>ok</em> \u{FFFD}\u{FFFD}\u{FFFD}!</p>\n")
    }

    @Test func nulAndControlCharacters() {
        let output = MD.render("a\u{0}b\u{1}c")
        #expect(output.html == "<p>a\u{FFFD}b\u{1}c</p>\n")
    }

    @Test func paragraphsLeftEmptyBySafeModeDisappear() {
        let output = MD.render("<div>x</div>\n\n![a](javascript:x)")
        #expect(output.html.isEmpty)
        #expect(output.plainText.isEmpty)
        #expect(output.warnings.count == 2)
    }

    @Test func renderingIsDeterministic() {
        let source = "# T\n\nC'est *ici* : [a](/b) !\n\n- x\n- y"
        #expect(MD.render(source, MD.french) == MD.render(source, MD.french))
    }
}
