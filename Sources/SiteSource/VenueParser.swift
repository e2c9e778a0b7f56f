import SiteModel

/// Venues: the named ones of `venues.yml` and the inline maps of editions.
enum VenueParser {
    static let knownKeys = ["address", "geo", "name", "url"]

    /// `venues.yml`: a map of key → venue. Returns the valid venues by key.
    static func parseFile(_ node: YAMLNode, context: FileLoadContext, log: DiagnosticLog) -> [String: Venue] {
        guard let fields = MapReader(node, at: .start, log: log, expecting: "venues as a map of key → venue")
        else { return [:] }
        var venues: [String: Venue] = [:]
        var keysBySlug: [String: String] = [:]
        for (key, entry) in fields.keys {
            let slug = Slug.make(key)
            guard !slug.isEmpty else {
                log.error(at: entry.key.position, "venue key '\(key)' gives an empty slug",
                          hint: "use letters or digits in the key")
                continue
            }
            if let other = keysBySlug[slug] {
                log.error(at: entry.key.position,
                          "venue '\(key)' would share the page \(context.urlWords.venuesFolder)\(slug)/ with venue '\(other)'")
                continue
            }
            keysBySlug[slug] = key
            if let venue = parse(entry.value, key: key, context: context, log: log) {
                venues[key] = venue
            }
        }
        return venues
    }

    /// The keys written at the top of `venues.yml`.
    static func declaredKeys(_ node: YAMLNode) -> Set<String> {
        guard case let .mapping(entries) = node.value else { return [] }
        return Set(entries.compactMap(\.key.scalar))
    }

    /// One venue map: `name` required, `address`, `url`, `geo` optional.
    static func parse(_ node: YAMLNode, key: String?, context: FileLoadContext, log: DiagnosticLog) -> Venue? {
        guard let fields = MapReader(node, at: node.position, log: log, expecting: "a venue") else { return nil }
        fields.warnAboutUnknownKeys(known: knownKeys)
        let name = fields.text("name", required: true)
        let address = fields.text("address")
        let url = fields.httpURL("url")
        let geo = fields.node("geo").flatMap { parseGeo($0, log: log) }
        guard let name else { return nil }
        return Venue(key: key, name: context.typeset(name), address: address.map(context.typeset), url: url, geo: geo)
    }

    private static func parseGeo(_ node: YAMLNode, log: DiagnosticLog) -> GeoPoint? {
        guard case let .sequence(items) = node.value, items.count == 2 else {
            log.error(at: node.position, "expected [latitude, longitude] for 'geo', found \(describe(node))")
            return nil
        }
        let latitude = coordinate(items[0], name: "latitude", limit: 90, log: log)
        let longitude = coordinate(items[1], name: "longitude", limit: 180, log: log)
        guard let latitude, let longitude else { return nil }
        return GeoPoint(latitude: latitude, longitude: longitude)
    }

    private static func coordinate(_ node: YAMLNode, name: String, limit: Double, log: DiagnosticLog) -> Double? {
        guard let text = node.scalar, let value = Double(text), value.isFinite else {
            log.error(at: node.position, "expected a number for the \(name), found \(describe(node))")
            return nil
        }
        guard (-limit...limit).contains(value) else {
            log.error(at: node.position, "\(name) \(text) is out of range (-\(Int(limit))...\(Int(limit)))")
            return nil
        }
        return value
    }

    private static func describe(_ node: YAMLNode) -> String {
        switch node.value {
        case let .scalar(text, _): return "'\(text)'"
        case let .sequence(items): return "a list of \(items.count)"
        case .mapping: return "a map"
        }
    }
}
