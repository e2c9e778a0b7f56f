import SiteModel

/// `speakers:` of an edition: a list of maps with a required `name`.
enum SpeakerParser {
    static let knownKeys = ["affiliation", "name", "url"]

    static func parse(_ fields: MapReader, context: FileLoadContext) -> [Speaker] {
        fields.maps("speakers", expecting: "a speaker as a map with 'name'", known: knownKeys) {
            parse(speaker: $0, context: context)
        }
    }

    private static func parse(speaker fields: MapReader, context: FileLoadContext) -> Speaker? {
        let name = fields.text("name", required: true)
        let affiliation = fields.text("affiliation")
        let url = fields.httpURL("url")
        guard let name else { return nil }
        guard !Slug.make(name).isEmpty else {
            fields.log.error(at: fields.node("name")?.position ?? fields.position, "speaker name '\(name)' gives an empty slug",
                      hint: "use letters or digits in the name")
            return nil
        }
        return Speaker(name: context.typeset(name), affiliation: affiliation.map(context.typeset), url: url)
    }
}
