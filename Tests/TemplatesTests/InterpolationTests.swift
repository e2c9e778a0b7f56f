import Testing
@testable import Templates

@Suite("interpolation")
struct InterpolationTests {
    @Test func escapesTheFiveCharactersOfSwiftMustache() throws {
        let text = #"<a href="x">Tom & Jerry's</a> é ✓"#
        #expect(try render("{{t}}", ["t": .string(text)])
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; é ✓")
    }

    @Test func escapesBytesEvenBeforeACombiningMark() throws {
        // swift-mustache compared whole characters, so `"` + U+0301 slipped through unescaped.
        #expect(try render("{{t}}", ["t": "\"\u{301}"]) == "&quot;\u{301}")
    }

    @Test func tripleMustacheAndAmpersandDoNotEscape() throws {
        let context: TemplateValue = ["h": "<b>&</b>"]
        #expect(try render("{{{h}}}|{{&h}}|{{{ h }}}|{{& h }}", context) == "<b>&</b>|<b>&</b>|<b>&</b>|<b>&</b>")
    }

    @Test func numbersAndFlagsRenderAsSwiftPrintsThem() throws {
        #expect(try render("{{n}} {{z}} {{m}} {{yes}} {{no}}", ["n": 42, "z": 0, "m": -7, "yes": true, "no": false])
                == "42 0 -7 true false")
    }

    @Test func missingNamesListsObjectsAndNullRenderNothing() throws {
        #expect(try render("[{{missing}}][{{list}}][{{object}}][{{nothing}}]",
                           ["list": ["a"], "object": ["k": "v"], "nothing": .null]) == "[][][][]")
    }

    @Test func dottedNamesGoInsideObjects() throws {
        let context: TemplateValue = ["a": ["b": ["c": "deep"]], "c": "top"]
        #expect(try render("{{a.b.c}}|{{a.x.c}}|{{a.b}}", context) == "deep||")
    }

    @Test func dottedNameStopsAtTheFirstObjectHavingItsFirstPart() throws {
        // `a` is found in the inner object, which has no `b`: no climbing to the outer `a.b`.
        let context: TemplateValue = ["a": ["b": "outer"], "inner": ["a": ["x": 1]]]
        #expect(try render("{{#inner}}[{{a.b}}]{{/inner}}", context) == "[]")
    }

    @Test func namesClimbTheContextStack() throws {
        let context: TemplateValue = ["site": "Kerné", "items": [["name": "a"], ["name": "b", "site": "own"]]]
        #expect(try render("{{#items}}{{name}}@{{site}} {{/items}}", context) == "a@Kerné b@own ")
    }

    @Test func leadingDotLooksOnlyAtTheCurrentValue() throws {
        let context: TemplateValue = ["site": "Kerné", "item": ["name": "a"]]
        #expect(try render("{{#item}}[{{.site}}][{{.name}}][{{site}}]{{/item}}", context) == "[][a][Kerné]")
    }

    @Test func implicitIteratorIsTheCurrentValue() throws {
        #expect(try render("{{#list}}({{.}}){{/list}}", ["list": ["<", 1, true]]) == "(&lt;)(1)(true)")
        #expect(try render("{{#list}}({{{.}}}){{/list}}", ["list": ["<"]]) == "(<)")
    }

    @Test func spacesInsideTagsAreAllowed() throws {
        #expect(try render("{{ a }}{{\ta\t}}{{\u{a0}a}}", ["a": "x"]) == "xxx")
    }

    @Test func textWithoutTagsIsKeptByteForByte() throws {
        let text = "Bonjour { } }} {x\r\nà « bientôt »\n"
        #expect(try render(text) == text)
    }
}
