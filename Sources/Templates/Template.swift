/// A Mustache template compiled once into a flat list of nodes, ready to render any number of times
/// through a `TemplateLibrary` (which resolves its partials).
public struct Template: Sendable {
    public let name: String
    let nodes: [TemplateNode]
    /// The literal text of every text node, one after the other.
    let text: [UInt8]
    /// The partial names this template uses, each once; `TemplateNode.partial` points here.
    let partialNames: [String]

    /// Compiles `source`; throws every problem found, each with its line and column.
    public init(_ source: String, name: String) throws(TemplateErrors) {
        var parser = TemplateParser(source: Array(source.utf8), name: name)
        parser.parse()
        guard parser.errors.isEmpty else { throw TemplateErrors(errors: parser.errors) }
        self.name = name
        nodes = parser.nodes
        text = parser.text
        partialNames = parser.partialNames
    }
}
