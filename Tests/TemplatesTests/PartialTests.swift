import Testing
@testable import Templates

@Suite("partials")
struct PartialTests {
    @Test func partialsSeeTheCallersContext() throws {
        let partials = ["card": "<{{title}}>"]
        #expect(try render("{{#items}}{{> card}}{{/items}}", ["items": [["title": "a"], ["title": "b"]]], partials: partials)
                == "<a><b>")
    }

    @Test func aMissingPartialRendersNothing() throws {
        #expect(try render("[{{>nowhere}}]") == "[]")
        #expect(try render("a\n{{>nowhere}}\nb") == "a\nb")
    }

    @Test func standalonePartialIsIndentedLineByLineButNotInsideValues() throws {
        let partials = ["p": "|\n{{{content}}}\n|\n"]
        #expect(try render("\\\n {{>p}}\n/", ["content": "<\n->"], partials: partials) == "\\\n |\n <\n->\n |\n/")
    }

    @Test func nestedStandalonePartialsAddTheirIndentations() throws {
        let partials = ["a": "A\n  {{>b}}\n", "b": "B1\nB2\n"]
        #expect(try render("  {{>a}}\n", partials: partials) == "  A\n    B1\n    B2\n")
    }

    @Test func inlinePartialIsNotIndented() throws {
        #expect(try render("  x {{>p}}\n", partials: ["p": "1\n2\n"]) == "  x 1\n2\n\n")
    }

    @Test func indentationIsNotWrittenForLinesThatRenderNothing() throws {
        #expect(try render("  {{>p}}\n", ["no": false], partials: ["p": "a\n{{#no}}x{{/no}}b\n"]) == "  a\n  b\n")
    }

    @Test func partialsUseTheirOwnDelimiters() throws {
        let partials = ["p": "{{v}} <%v%>"]
        #expect(try render("{{=<% %>=}}<%>p%> <%v%>", ["v": "x"], partials: partials) == "x <%v%> x")
    }

    @Test func aPartialThatIncludesItselfStopsAtTheDepthLimit() throws {
        let output = try render("x{{>main}}")
        #expect(output == String(repeating: "x", count: TemplateLibrary.partialDepthLimit + 1))
    }

    @Test func recursionThroughDataEndsWithTheData() throws {
        let tree: TemplateValue = ["name": "1", "kids": [["name": "1.1", "kids": [["name": "1.1.1", "kids": []]]],
                                                         ["name": "1.2", "kids": []]]]
        let partials = ["node": "({{name}}{{#kids}}{{>node}}{{/kids}})"]
        #expect(try render("{{>node}}", tree, partials: partials) == "(1(1.1(1.1.1))(1.2))")
    }

    @Test func aPartialThatIncludesItselfTwiceStopsAtTheBudget() throws {
        let output = try render("x{{>main}}{{>main}}")
        #expect(output.utf8.count == TemplateLibrary.partialBudget + 1)
    }
}
