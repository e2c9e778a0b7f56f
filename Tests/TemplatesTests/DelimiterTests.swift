import Testing
@testable import Templates

@Suite("set delimiters")
struct DelimiterTests {
    @Test func newDelimitersApplyToTheRestOfTheTemplate() throws {
        #expect(try render("{{=<% %>=}}(<%text%>) {{text}}", ["text": "Hey!"]) == "(Hey!) {{text}}")
        #expect(try render("({{=[ ]=}}[text])", ["text": "It worked!"]) == "(It worked!)")
        #expect(try render("{{= | | =}}|#b|<|v|>|/b|", ["b": true, "v": "&"]) == "<&amp;>")
    }

    @Test func delimitersCanChangeBack() throws {
        #expect(try render("{{=<% %>=}}<%a%><%={{ }}=%>{{a}}", ["a": "1"]) == "11")
    }

    @Test func standaloneDelimiterTagTakesItsLine() throws {
        #expect(try render("Begin.\n{{=@ @=}}\nEnd.") == "Begin.\nEnd.")
        #expect(try render("Begin.\n  {{=@ @=}}  \nEnd.") == "Begin.\nEnd.")
    }

    @Test func unescapedValuesWithOtherDelimiters() throws {
        #expect(try render("{{=<% %>=}}<%{h}%> <%& h%>", ["h": "<b>"]) == "<b> <b>")
    }

    @Test func delimitersSetInsideASectionEndWithItAsInSwiftMustache() throws {
        #expect(try render("{{#b}}{{=<% %>=}}<%v%><%/b%>{{v}}", ["b": true, "v": "x"]) == "xx")
    }
}
