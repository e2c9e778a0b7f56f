import Testing
@testable import Templates

@Suite("template values")
struct TemplateValueTests {
    @Test func literalsBuildTheMatchingCases() {
        let value: TemplateValue = ["s": "text", "n": 3, "b": true, "l": ["a", 1], "o": ["k": "v"]]
        #expect(value["s"] == .string("text") && value["n"] == .int(3) && value["b"] == .bool(true))
        #expect(value["l"] == .list([.string("a"), .int(1)]))
        #expect(value["o"]?["k"]?.string == "v")
        #expect(value["missing"] == nil && TemplateValue.string("x")["k"] == nil)
    }

    @Test func optionalsThatAreNilLeaveTheKeyOut() {
        var object: [String: TemplateValue] = [:]
        let missing: String? = nil
        let count: Int? = 4
        object["a"] = TemplateValue(missing)
        object["b"] = TemplateValue(count)
        #expect(object == ["b": .int(4)])
        #expect(TemplateValue(["a", "b"]) == .list(["a", "b"]))
        #expect(TemplateValue([["k": "v"]]) == .list([["k": "v"]]))
    }
}
