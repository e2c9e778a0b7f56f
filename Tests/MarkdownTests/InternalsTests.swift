import Testing
@testable import Markdown

@Suite("Tree reader, scheme policy and source columns")
struct InternalsTests {
    @Test func readerEmitsBalancedEventsWithPositions() {
        let events = CmarkTreeReader.read("# T\n\n- *a*\n")
        #expect(events.map(\.phase) == [.enter, .enter, .leaf, .exit, .enter, .enter, .enter, .enter, .leaf,
                                        .exit, .exit, .exit, .exit, .exit])
        #expect(events[1].node == .heading(level: 1))
        #expect(events[3].node == .heading(level: 1))
        #expect(events[4].node == .list(MarkdownList(isOrdered: false, start: 0, isTight: true)))
        #expect(events[8].node == .text("a"))
        #expect([events[8].line, events[8].column] == [3, 4])
    }

    @Test func readerOfEmptyInputHasOnlyTheDocument() {
        #expect(CmarkTreeReader.read("").map(\.node) == [.document, .document])
    }

    @Test(arguments: [
        ("javascript:x", "javascript"), ("JAVASCRIPT:x", "javascript"), ("\u{1}\u{20}javascript:x", "javascript"),
        ("java\tscr\nipt:x", "javascript"), ("data:x", "data"), ("tel:+33", "tel"), ("a b:c", "a b"),
    ])
    func disallowedSchemes(destination: String, scheme: String) {
        #expect(URLSchemePolicy.disallowedScheme(in: destination) == scheme)
    }

    @Test(arguments: ["http://a", "HTTPS://a", " mailto:a@b", "/a:b", "./a:b", "?q=a:b", "#a:b", "", ":x", "page"])
    func allowedDestinations(destination: String) {
        #expect(URLSchemePolicy.disallowedScheme(in: destination) == nil)
    }

    @Test func sourceColumnsCountScalarsOnEachLine() {
        let columns = SourceColumns("ab\r\néé x\rz")
        #expect(columns.characterColumn(line: 2, byteColumn: 6) == 4)
        #expect(columns.characterColumn(line: 3, byteColumn: 1) == 1)
        #expect(columns.characterColumn(line: 9, byteColumn: 7) == 7)
    }

    @Test func droppedInlineHTMLLetsTypographyJoinTheText() {
        #expect(MD.html("mot <b>!</b>", MD.french) == "<p>mot\(MD.nnbsp)!</p>\n")
    }

    @Test func linksInsideADroppedImageAreNotListed() {
        let output = MD.render("![[a](/in)](javascript:x) [b](/out)")
        #expect(output.links == ["/out"])
        #expect(output.warnings.count == 1)
    }
}
