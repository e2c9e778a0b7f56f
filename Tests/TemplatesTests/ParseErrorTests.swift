import Testing
@testable import Templates
import TestSupport

@Suite("parse errors")
struct ParseErrorTests {
    @Test func unclosedSectionPointsAtItsOpeningTag() {
        #expect(errors("a\n  {{#broken}}\nb") == ["main:2:3: error: section 'broken' is not closed: add {{/broken}}"])
    }

    @Test func mismatchedClosingTagNamesBothSections() {
        #expect(errors("{{#a}}\n  x{{/b}}", name: "card") == [
            "card:2:4: error: closing tag 'b' does not match the open section 'a' (line 1, column 1): close it with {{/a}}",
        ])
    }

    @Test func closingTagWithoutSection() {
        #expect(errors("x{{/a}}") == ["main:1:2: error: closing tag 'a' has no open section"])
    }

    @Test func unclosedTags() {
        #expect(errors("x {{name") == ["main:1:3: error: tag is not closed: expected '}}'"])
        #expect(errors("x {{") == ["main:1:3: error: tag is not closed: expected '}}'"])
        #expect(errors("{{{raw}}") == ["main:1:1: error: tag is not closed: expected '}}}'"])
        #expect(errors("{{! no end") == ["main:1:1: error: comment is not closed: expected '}}'"])
    }

    @Test func badCharacterInAName() {
        #expect(errors("{{a b}}") == ["main:1:5: error: unexpected 'b' in tag: a name is made of letters, digits "
                                      + "and . - _ ? *, and the tag ends with '}}'"])
        #expect(errors("{{#é}}{{/é}}").count == 2)
    }

    @Test func badDelimiterTags() {
        let message = "bad delimiter tag: write it as {{=<% %>=}}, two delimiters separated by a space, "
            + "without spaces or '=' in them"
        #expect(errors("a\n{{=<% %>}}") == ["main:2:1: error: " + message])
        #expect(errors("{{=<%=}}") == ["main:1:1: error: " + message])
        #expect(errors("{{= =}}") == ["main:1:1: error: " + message])
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(errors("éé😀 {{#a}}") == ["main:1:5: error: section 'a' is not closed: add {{/a}}"])
    }

    @Test func everyErrorIsCollected() {
        #expect(errors("{{/x}}\n{{a b}}\n{{#open}}") == [
            "main:1:1: error: closing tag 'x' has no open section",
            "main:2:5: error: unexpected 'b' in tag: a name is made of letters, digits and . - _ ? *, and the tag ends with '}}'",
            "main:3:1: error: section 'open' is not closed: add {{/open}}",
        ])
    }

    @Test func unsupportedTagsAreErrorsNotSilence() {
        #expect(errors("{{>*dynamic}}") == ["main:1:1: error: dynamic partials ({{>*name}}) are not supported"])
        #expect(errors("{{<parent}}{{/parent}}").first == "main:1:1: error: template inheritance ({{< }} and {{$ }}) is not supported")
        #expect(errors("{{%PRAGMA}}") == ["main:1:1: error: pragmas ({{% }}) are not supported"])
        #expect(errors("{{uppercased(name)}}").count == 1)
    }

    @Test func anyBytesCompileOrFailWithoutCrashing() throws {
        var generator = SeededGenerator(seed: 0x9E37_79B9_7F4A_7C15)
        let alphabet = Array("{{}}#^/!&>=<% .ab\n\r\t é".utf8)
        var seen = Set<[UInt8]>()
        var compiled = 0
        for _ in 0..<3_000 {
            // Three bytes in four from the template alphabet, the others any byte.
            let bytes = (0..<generator.next(below: 40)).map { _ in
                generator.next(below: 4) < 3 ? alphabet[generator.next(below: alphabet.count)] : UInt8.random(in: 0...255, using: &generator)
            }
            seen.insert(bytes)
            let source = String(decoding: bytes, as: UTF8.self)
            if let template = try? Template(source, name: "main") {
                compiled += 1
                _ = TemplateLibrary(["main": template]).render("main", ["a": ["b": [1, 2]], "b": true])
            }
        }
        #expect(seen.count > 2_500, "only \(seen.count) distinct inputs, \(generator.replay)")
        // Both ways are taken: some inputs compile, most do not.
        #expect(compiled > 0 && compiled < 3_000, "\(compiled) of 3,000 compiled, \(generator.replay)")
    }
}
