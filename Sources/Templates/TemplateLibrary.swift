/// Compiled templates by name; each can include the others as partials (`{{> name}}`).
public struct TemplateLibrary: Sendable {
    /// A partial nested deeper than this (a partial that includes itself, say) renders as nothing.
    public static let partialDepthLimit = 100
    /// At most this many partials are expanded in one render; the ones after render as nothing.
    /// It bounds a partial that includes itself twice, whose output would double at each level.
    public static let partialBudget = 1_000_000

    let templates: [Template]
    private let indexByName: [String: Int]
    /// For each template, the library index of each of its `partialNames` (nil: no such template,
    /// which renders as nothing, as in swift-mustache).
    let partialTargets: [[Int?]]

    public init(_ templates: [String: Template]) {
        let names = templates.keys.sorted()
        let list = names.compactMap { templates[$0] }
        var indexByName: [String: Int] = [:]
        for (index, name) in names.enumerated() { indexByName[name] = index }
        self.templates = list
        self.indexByName = indexByName
        partialTargets = list.map { template in template.partialNames.map { indexByName[$0] } }
    }

    public var names: [String] { templates.map(\.name) }

    /// Renders template `name` with `context` as the bottom of the context stack; nil when there is
    /// no such template.
    public func render(_ name: String, _ context: TemplateValue) -> [UInt8]? {
        var output: [UInt8] = []
        guard render(name, context, into: &output) else { return nil }
        return output
    }

    /// Like `render(_:_:)`, as a string.
    public func renderText(_ name: String, _ context: TemplateValue) -> String? {
        render(name, context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the rendering to `output`; false when there is no such template.
    public func render(_ name: String, _ context: TemplateValue, into output: inout [UInt8]) -> Bool {
        render(name, contexts: [context], into: &output)
    }

    /// Renders with several values at the bottom of the context stack, outermost first: a name
    /// is looked for in the last one, then the one before. The same as one object holding the
    /// members of all, the later ones winning, without building that object.
    public func render(_ name: String, contexts: [TemplateValue], into output: inout [UInt8]) -> Bool {
        guard let index = indexByName[name] else { return false }
        output.reserveCapacity(output.count + max(4096, templates[index].text.count * 2))
        var renderer = TemplateRenderer(library: self)
        swap(&renderer.output, &output)
        renderer.run(template: index, contexts: contexts)
        swap(&renderer.output, &output)
        return true
    }
}
