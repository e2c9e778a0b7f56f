/// The words of the site's addresses: `/actualites/`, `/intervenants/`, `/sujets/`, `/lieux/` in
/// French. Each language has its defaults; `paths:` in site.yml replaces any of them.
public struct URLWords: Hashable, Sendable {
    public var news: String
    public var speakers: String
    public var tags: String
    public var venues: String

    public init(news: String, speakers: String, tags: String, venues: String) {
        self.news = news
        self.speakers = speakers
        self.tags = tags
        self.venues = venues
    }

    public static let french = URLWords(news: "actualites", speakers: "intervenants", tags: "sujets", venues: "lieux")
    public static let english = URLWords(news: "news", speakers: "speakers", tags: "topics", venues: "venues")

    /// The defaults of a BCP 47 language: French for `fr`, `fr-CA`... (and a site that names no
    /// language: its default is `fr`); English, the most widely read, for every other language.
    public static func defaults(for language: String) -> URLWords {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return primary == "fr" || primary.isEmpty ? french : english
    }

    /// The keys of `paths:` in site.yml with their words, in the order of the contract.
    public var named: [(key: String, word: String)] {
        [("news", news), ("speakers", speakers), ("tags", tags), ("venues", venues)]
    }

    /// `/actualites/`
    public var newsFolder: String { "/\(news)/" }
    public var speakersFolder: String { "/\(speakers)/" }
    public var tagsFolder: String { "/\(tags)/" }
    public var venuesFolder: String { "/\(venues)/" }
}
