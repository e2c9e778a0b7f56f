import SiteModel

/// `atom.xml`: Atom 1.0 (RFC 4287).
enum AtomFeed {
    static let path = "atom.xml"

    static func render(_ items: [FeedItem], config: SiteConfig) -> String {
        let home = config.absoluteURL("/")
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(FeedText.xml(config.language))\">\n"
        xml += element("id", home)
        xml += element("title", config.title)
        if let tagline = config.tagline, !tagline.isEmpty { xml += element("subtitle", tagline) }
        // Required by Atom, but without items there is no date that is not the clock's.
        if let newest = items.map(\.modified).max() {
            xml += element("updated", newest.rfc3339)
        }
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(FeedText.xml(config.absoluteURL("/" + path)))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(FeedText.xml(home))\"/>\n"
        xml += "  <author>\n" + element("name", config.organizer ?? config.title, indent: 4) + "  </author>\n"
        xml += element("generator", "Kerné")
        for item in items {
            xml += "  <entry>\n"
            xml += element("id", item.url, indent: 4)
            xml += element("title", item.title, indent: 4)
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(FeedText.xml(item.url))\"/>\n"
            if let published = item.published { xml += element("published", published.rfc3339, indent: 4) }
            xml += element("updated", item.modified.rfc3339, indent: 4)
            if let author = item.author {
                xml += "    <author>\n" + element("name", author, indent: 6) + "    </author>\n"
            }
            for tag in item.tags { xml += "    <category term=\"\(FeedText.xml(tag))\"/>\n" }
            if !item.summary.isEmpty { xml += element("summary", item.summary, indent: 4) }
            xml += "    <content type=\"html\">\(FeedText.xml(item.contentHTML))</content>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    private static func element(_ name: String, _ text: String, indent: Int = 2) -> String {
        String(repeating: " ", count: indent) + "<\(name)>\(FeedText.xml(text))</\(name)>\n"
    }
}
