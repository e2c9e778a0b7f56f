import Testing
@testable import Markdown

@Suite("Safe mode drops raw HTML and dangerous links; unsafe mode keeps them")
struct SafetyTests {
    @Test func rawHTMLBlockIsDroppedWithAWarning() {
        let output = MD.render("Avant\n\n<div class=\"x\">\n<script>alert(1)</script>\n</div>\n\nAprès")
        #expect(output.html == "<p>Avant</p>\n<p>Après</p>\n")
        #expect(output.warnings.count == 1)
        #expect(output.warnings.first?.line == 3)
        #expect(output.warnings.first?.column == 1)
        #expect(output.warnings.first?.message.contains("raw HTML '<div class=\"x\">' dropped") == true)
    }

    @Test func inlineHTMLIsDroppedButItsTextKept() {
        let output = MD.render("un <b>gras</b> mot")
        #expect(output.html == "<p>un gras mot</p>\n")
        #expect(output.warnings.map(\.column) == [4, 11])
        #expect(output.warnings.allSatisfy { $0.line == 1 })
    }

    @Test func scriptTagInlineIsDropped() {
        #expect(MD.html("x <script>alert(1)</script> y") == "<p>x alert(1) y</p>\n")
    }

    @Test func unsafeModeKeepsRawHTML() {
        let output = MD.render("<div>\n*x*\n</div>\n\nun <b>gras</b>", MD.unsafe)
        #expect(output.html == "<div>\n*x*\n</div>\n<p>un <b>gras</b></p>\n")
        #expect(output.warnings.isEmpty)
    }

    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4=",
        "<java\tscript:alert(1)>", "java&#x09;script:alert(1)", "&#x20;javascript:alert(1)",
        "&#x01;javascript:alert(1)", "<  javascript:alert(1)>", "java&#10;script:x", "file:///etc/passwd",
    ])
    func dangerousLinkKeepsItsTextOnly(destination: String) {
        let output = MD.render("Voir [le *site*](\(destination)).")
        #expect(output.html == "<p>Voir le <em>site</em>.</p>\n")
        #expect(output.links.isEmpty)
        #expect(output.warnings.count == 1)
        #expect(output.warnings.first?.column == 6)
        #expect(output.warnings.first?.message.contains("dropped") == true)
    }

    @Test func dangerousImageIsDropped() {
        let output = MD.render("a ![alt](data:image/svg+xml,<svg/onload=alert(1)>) b ![x](JAVASCRIPT:x)")
        #expect(output.html == "<p>a  b </p>\n")
        #expect(output.images.isEmpty)
        #expect(output.warnings.map(\.column) == [3, 54])
    }

    @Test func autolinkWithDangerousSchemeIsDropped() {
        #expect(MD.html("<javascript:alert(1)>") == "<p>javascript:alert(1)</p>\n")
    }

    @Test func safeSchemesAndRelativeURLsAreKept() {
        let source = "[a](HTTPS://x.org) [b](http://x.org) [c](mailto:a@b.c) [d](/p) [e](#f) [g](../h?q=1:2) [i](page)"
        let output = MD.render(source)
        #expect(output.links == ["HTTPS://x.org", "http://x.org", "mailto:a@b.c", "/p", "#f", "../h?q=1:2", "page"])
        #expect(output.warnings.isEmpty)
        #expect(output.html.split(separator: "<a href=").count == 8)
    }

    @Test func unsafeModeKeepsEverySchemeAndWarnsNothing() {
        let output = MD.render("[a](javascript:x) ![b](data:x)", MD.unsafe)
        #expect(output.html == "<p><a href=\"javascript:x\">a</a> <img src=\"data:x\" alt=\"b\"></p>\n")
        #expect(output.links == ["javascript:x"])
        #expect(output.images == ["data:x"])
        #expect(output.warnings.isEmpty)
    }

    @Test func linksAndImagesInDocumentOrderAsWritten() {
        let output = MD.render("[1](/un) ![i](/img/é.jpg)\n\n- [2](https://deux.bzh/?a&b)\n\n[3][r]\n\n[r]: /trois")
        #expect(output.links == ["/un", "https://deux.bzh/?a&b", "/trois"])
        #expect(output.images == ["/img/é.jpg"])
    }

    @Test func warningPositionsAreRelativeToTheBodyAndCountCharacters() {
        let output = MD.render("# Titre\n\nÉté à l'apéro <i>x</i>\n\n> [lien](javascript:x)")
        #expect(output.warnings.map { [$0.line, $0.column] } == [[3, 15], [3, 19], [5, 3]])
    }

    @Test func warningPositionsAfterCRLFLines() {
        let output = MD.render("a\r\n\r\nb <i>x</i>")
        #expect(output.warnings.map { [$0.line, $0.column] } == [[3, 3], [3, 7]])
    }
}
