import SiteModel

/// `speakers:` of an edition: a list of maps with a required `name`.
enum SpeakerParser {
    static let knownKeys = ["affiliation", "name", "url"]

    static func parse(_ fields: MapReader, context: FileLoadContext) -> [Speaker] {
        guard let items = fields.list("speakers") else { return [] }
        return items.compactMap { parse($0, context: context, log: fields.log) }
    }

    private static func parse(_ node: YAMLNode, context: FileLoadContext, log: DiagnosticLog) -> Speaker? {
        guard let fields = MapReader(node, at: node.position, log: log, expecting: "a speaker as a map with 'name'")
        else { return nil }
        fields.warnAboutUnknownKeys(known: knownKeys)
        let name = fields.text("name", required: true)
        let affiliation = fields.text("affiliation")
        let url = fields.httpURL("url")
        guard let name else { return nil }
        guard !Slug.make(name).isEmpty else {
            log.error(at: fields.node("name")?.position ?? node.position, "speaker name '\(name)' gives an empty slug",
                      hint: "use letters or digits in the name")
            return nil
        }
        return Speaker(name: context.typeset(name), affiliation: affiliation.map(context.typeset), url: url)
    }
}
