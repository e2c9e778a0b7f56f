import Testing
@testable import Templates

/// The core files of the official Mustache spec (`Spec/`, mustache/spec at the commit in
/// `Spec/SOURCE`), one case per spec test. The optional files (inheritance, dynamic names,
/// lambdas) are not run: the engine refuses those tags on purpose (see below).
@Suite("the Mustache spec")
struct MustacheSpecTests {
    /// The spec tests not run, by `file: name`, with the reason. Every other core test runs and passes.
    static let skipped: [String: String] = [
        "interpolation: Basic Decimal Interpolation": decimals,
        "interpolation: Triple Mustache Decimal Interpolation": decimals,
        "interpolation: Ampersand Decimal Interpolation": decimals,
        "sections: Implicit Iterator - Decimal": decimals,
    ]
    static let decimals = """
        its data holds decimals, which no TemplateValue can: a site's templates read whole numbers \
        and text, and a renderer that shows a decimal formats it as text itself
        """

    static let tests = SpecTest.load()

    @Test("core spec test", arguments: tests.filter { skipped[$0.id] == nil })
    func specTest(_ test: SpecTest) throws {
        let context = try #require(test.data.templateValue, "the data of \(test.id) should be expressible")
        #expect(try render(test.template, context, partials: test.partials ?? [:]) == test.expected,
                "\(test.desc)")
    }

    @Test func everyCoreFileIsRead() {
        for file in SpecTest.coreFiles {
            #expect(Self.tests.contains { $0.file == file && !$0.template.isEmpty }, "Spec/\(file).json")
        }
        // The counts of the vendored files: a file cut short would pass with fewer tests.
        #expect(Self.tests.count == 136)
    }

    @Test("skipped spec test is in the spec and not expressible", arguments: skipped.keys.sorted())
    func skippedTestIsNotExpressible(_ id: String) throws {
        let test = try #require(Self.tests.first { $0.id == id }, "no spec test \(id)")
        #expect(test.data.templateValue == nil)
    }

    // MARK: - Where the engine differs on purpose

    /// The spec's « Recursion » partial follows the data as deep as it goes; the engine stops at
    /// `TemplateLibrary.partialDepthLimit` levels (the rest renders as nothing), so that a theme's
    /// partial that includes itself ends instead of overflowing or running forever.
    @Test func recursionThroughDataStopsAtTheDepthLimit() throws {
        let depth = TemplateLibrary.partialDepthLimit + 20
        var node: TemplateValue = ["content": "leaf", "nodes": []]
        for level in stride(from: depth - 1, to: 0, by: -1) {
            node = ["content": .string("\(level)"), "nodes": [node]]
        }
        let partials = ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"]
        let output = try render("{{>node}}", node, partials: partials)
        // The spec would write `depth` levels; each written level opens one `<`.
        #expect(output.filter { $0 == "<" }.count == TemplateLibrary.partialDepthLimit)
        #expect(!output.contains("leaf"))
    }

    /// A standalone partial's indentation goes before the lines the partial writes at its own
    /// level, as swift-mustache (whose output the themes were made with) indents them: lines
    /// that a section of the partial writes again for each item after the first are not
    /// indented, where the spec would indent every line.
    @Test func aRepeatedSectionInAStandalonePartialIndentsOnlyItsFirstItem() throws {
        let partials = ["p": "{{#items}}\n- {{.}}\n{{/items}}\n"]
        #expect(try render("  {{>p}}\n", ["items": ["a", "b"]], partials: partials) == "  - a\n- b\n")
    }

    /// The optional spec modules are errors, not silence: a theme that uses them learns it at
    /// once, instead of getting a page without its blocks. Inheritance is not needed, since a
    /// theme overrides whole templates of its parent; dynamic names and lambdas would make a
    /// template's output depend on more than its data.
    @Test func tagsOfTheOptionalModulesAreErrors() {
        #expect(errors("{{<parent}}{{$title}}x{{/title}}{{/parent}}").first
                == "main:1:1: error: template inheritance ({{< }} and {{$ }}) is not supported")
        #expect(errors("{{>*dynamic}}") == ["main:1:1: error: dynamic partials ({{>*name}}) are not supported"])
    }

    /// `{{ }}` also escapes `'` (as `&#39;`), which the spec's « HTML Escaping » leaves out, so
    /// that a value is safe between either kind of quote, as swift-mustache wrote it.
    @Test func theApostropheIsEscapedToo() throws {
        #expect(try render("{{v}}", ["v": "l'été"]) == "l&#39;été")
    }
}
