import SiteModel

/// `paths:` of site.yml: the words of the addresses of news, speakers, tags and venues, each
/// replacing the language's default.
enum URLWordsParser {
    static let knownKeys = ["news", "speakers", "tags", "venues"]
    /// Top-level names the site writes whatever its words: no section may take them.
    static let taken = ["404.html", "agenda.ics", "assets", "atom.xml", "feed.json", "feed.xml", "index.html",
                        "robots.txt", "sitemap.xml"]

    /// The words, the language's defaults where `paths:` names none; nil after an error.
    static func parse(_ fields: MapReader, language: String) -> URLWords? {
        var words = URLWords.defaults(for: language)
        guard let node = fields.node("paths") else { return words }
        guard let map = MapReader(node, at: node.position, log: fields.log, expecting: "paths as a map of section → word")
        else { return nil }
        map.warnAboutUnknownKeys(known: knownKeys)
        var valid = true
        var ownerOfWord: [String: String] = [:]
        for key in knownKeys {
            guard let word = map.text(key, nonEmpty: true), let position = map.node(key)?.position else { continue }
            if Slug.make(word) != word {
                map.log.error(at: position, "paths word '\(word)' of \(key) is not a slug",
                              hint: "use lowercase letters, digits and single dashes, e.g. '\(Slug.make(word))'")
                valid = false
            } else if taken.contains(word) {
                map.log.error(at: position, "paths word '\(word)' of \(key) would take /\(word)/, which the site already uses",
                              hint: "choose another word")
                valid = false
            } else if let other = ownerOfWord[word] {
                map.log.error(at: position, "paths word '\(word)' is used by both \(other) and \(key)",
                              hint: "give each section a word of its own")
                valid = false
            }
            ownerOfWord[word] = key
            switch key {
            case "news": words.news = word
            case "speakers": words.speakers = word
            case "tags": words.tags = word
            default: words.venues = word
            }
        }
        return valid ? words : nil
    }

    /// Where each word written under `paths:` is, by word: a series' folder that takes one is
    /// reported there.
    static func writtenLocations(_ fields: MapReader) -> [String: SourceLocation] {
        guard let node = fields.node("paths"), case let .mapping(pairs) = node.value else { return [:] }
        var locations: [String: SourceLocation] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar, knownKeys.contains(key), let word = pair.value.scalar else { continue }
            locations[word] = fields.log.location(pair.value.position)
        }
        return locations
    }
}
