import Testing
@testable import Templates

@Suite("sections")
struct SectionTests {
    @Test func falseEmptyListNullAndMissingSkipTheSection() throws {
        let context: TemplateValue = ["no": false, "empty": [], "nothing": .null]
        #expect(try render("[{{#no}}x{{/no}}{{#empty}}x{{/empty}}{{#nothing}}x{{/nothing}}{{#missing}}x{{/missing}}]",
                           context) == "[]")
    }

    @Test func emptyTextAndZeroAreTrueAsInSwiftMustache() throws {
        #expect(try render("{{#s}}[{{.}}]{{/s}}{{#z}}[{{.}}]{{/z}}", ["s": "", "z": 0]) == "[][0]")
        #expect(try render("{{^s}}x{{/s}}{{^z}}x{{/z}}", ["s": "", "z": 0]) == "")
    }

    @Test func trueRendersOnceWithoutChangingTheContext() throws {
        #expect(try render("{{#yes}}{{name}}{{/yes}}", ["yes": true, "name": "n"]) == "n")
    }

    @Test func listsRenderOncePerItem() throws {
        let context: TemplateValue = ["people": [["name": "Anne"], ["name": "Yann"], ["name": "Soizic"]]]
        #expect(try render("{{#people}}{{name}}{{^last}}, {{/last}}{{/people}}", context) == "Anne, Yann, Soizic, ")
    }

    @Test func objectsBecomeTheCurrentValue() throws {
        #expect(try render("{{#venue}}{{name}}, {{address}}{{/venue}}", ["venue": ["name": "Cantine", "address": "Quimper"]])
                == "Cantine, Quimper")
    }

    @Test func textValuesBecomeTheCurrentValue() throws {
        #expect(try render("{{#tagline}}<p>{{.}}</p>{{/tagline}}", ["tagline": "A & B"]) == "<p>A &amp; B</p>")
    }

    @Test func sectionsNestAndDottedSectionNamesWork() throws {
        let context: TemplateValue = ["a": ["b": ["items": [1, 2]]], "sep": "-"]
        #expect(try render("{{#a.b.items}}{{.}}{{sep}}{{/a.b.items}}", context) == "1-2-")
        #expect(try render("{{#a}}{{#b}}{{#items}}{{.}}{{/items}}{{/b}}{{/a}}", context) == "12")
    }

    @Test func invertedSectionsRenderForFalseEmptyNullAndMissing() throws {
        let context: TemplateValue = ["no": false, "yes": true, "empty": [], "full": [1], "nothing": .null, "o": [:]]
        let template = "{{^no}}a{{/no}}{{^yes}}b{{/yes}}{{^empty}}c{{/empty}}{{^full}}d{{/full}}"
            + "{{^nothing}}e{{/nothing}}{{^missing}}f{{/missing}}{{^o}}g{{/o}}"
        #expect(try render(template, context) == "acef")
    }

    @Test func deepContextStacksAndLongListsRender() throws {
        var value: TemplateValue = ["leaf": "x"]
        for _ in 0..<500 { value = ["n": value] }
        let template = String(repeating: "{{#n}}", count: 500) + "{{leaf}}" + String(repeating: "{{/n}}", count: 500)
        #expect(try render(template, value) == "x")
        let items = TemplateValue.list((0..<50_000).map { .int($0) })
        #expect(try render("{{#items}}.{{/items}}", ["items": items]).count == 50_000)
    }
}
