import Testing
@testable import Templates

/// The spec's rule: a line holding only a section, inverted, closing, comment, partial or delimiter
/// tag (and spaces or tabs) disappears with its newline.
@Suite("standalone lines")
struct StandaloneLineTests {
    @Test func standaloneSectionLinesDisappear() throws {
        #expect(try render("| This Is\n{{#b}}\n|\n{{/b}}\n| A Line", ["b": true]) == "| This Is\n|\n| A Line")
        #expect(try render("| This Is\n  {{^b}}\n|\n  {{/b}}\n| A Line", ["b": false]) == "| This Is\n|\n| A Line")
    }

    @Test func indentedAndTabbedTagsAreStandaloneToo() throws {
        #expect(try render("begin\n \t{{#b}}\t\n  x\n  {{/b}}  \nend\n", ["b": true]) == "begin\n  x\nend\n")
    }

    @Test func crlfLineEndsAreRemovedWithTheLine() throws {
        #expect(try render("|\r\n{{#b}}\r\n{{/b}}\r\n|", ["b": true]) == "|\r\n|")
    }

    @Test func firstAndLastLinesCanBeStandalone() throws {
        #expect(try render("  {{#b}}\n#{{/b}}\n/", ["b": true]) == "#\n/")
        #expect(try render("#{{#b}}\n/\n  {{/b}}", ["b": true]) == "#\n/\n")
    }

    @Test func aTagWithTextOnItsLineIsNotStandalone() throws {
        #expect(try render(" {{#b}}x{{/b}} \n", ["b": true]) == " x \n")
        #expect(try render("a {{#b}}\nx\n{{/b}} b\n", ["b": true]) == "a \nx\n b\n")
    }

    @Test func valueTagsAreNeverStandalone() throws {
        #expect(try render("a\n  {{v}}\nb", ["v": ""]) == "a\n  \nb")
    }

    @Test func commentsVanishAndStandaloneCommentsTakeTheirLine() throws {
        #expect(try render("Begin.\n{{! Comment }}\nEnd.") == "Begin.\nEnd.")
        #expect(try render("Begin.\n  {{!\n  several\n  lines\n  }}\nEnd.") == "Begin.\nEnd.")
        #expect(try render("  12 {{! 34 }}\n") == "  12 \n")
        #expect(try render("12 {{! 34 }}{{! 56 }} 78") == "12  78")
    }

    @Test func spacesAfterTheLastNewlineAreDroppedAsInSwiftMustache() throws {
        #expect(try render("a\n  ") == "a\n")
        #expect(try render("a\n  b") == "a\n  b")
    }

    @Test func afterAClosingTagLineStartIsTheOpeningTagsAsInSwiftMustache() throws {
        // The opening tag was standalone, so the comment after `{{/b}}` counts as standalone too.
        #expect(try render("{{#b}}\nx{{/b}} {{! c }}\ny", ["b": true]) == "xy")
    }
}
