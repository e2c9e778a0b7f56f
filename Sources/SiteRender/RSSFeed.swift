import Escaping
import SiteModel

/// `feed.xml`: RSS 2.0 with the atom (self link), content (full text) and dc (authors
/// without an e-mail) extensions.
enum RSSFeed {
    static let path = "feed.xml"

    static func render(_ items: [FeedItem], config: SiteConfig) -> String {
        let home = config.absoluteURL("/")
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" \
        xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>

        """
        xml += "  <atom:link href=\"\(FeedText.xml(config.absoluteURL("/" + path)))\" rel=\"self\" "
            + "type=\"application/rss+xml\"/>\n"
        xml += element("title", config.title)
        xml += element("link", home)
        xml += element("description", config.tagline.flatMap { $0.isEmpty ? nil : $0 } ?? config.title)
        xml += element("language", config.language)
        xml += element("generator", "Kerné")
        // The newest change among the items, never the clock: the same content gives the same file.
        if let newest = items.map(\.modified).max() {
            xml += element("lastBuildDate", newest.rfc822)
        }
        for item in items {
            xml += "  <item>\n"
            xml += element("title", item.title, indent: 4)
            xml += element("link", item.url, indent: 4)
            if let recapGuid = item.recapGuid, let recap = item.updated {
                xml += "    <guid isPermaLink=\"false\">\(FeedText.xml(recapGuid))</guid>\n"
                xml += element("pubDate", recap.rfc822, indent: 4)
            } else {
                xml += "    <guid isPermaLink=\"true\">\(FeedText.xml(item.url))</guid>\n"
                if let published = item.published { xml += element("pubDate", published.rfc822, indent: 4) }
            }
            if let author = item.author { xml += element("dc:creator", author, indent: 4) }
            for tag in item.tags { xml += element("category", tag, indent: 4) }
            // Readers take an item's description as HTML: the plain-text summary is escaped for HTML, then for XML.
            if !item.summary.isEmpty { xml += element("description", HTMLEscaping.markup.escaped(FeedText.clean(item.summary)), indent: 4) }
            xml += "    <content:encoded>\(FeedText.cdata(item.contentHTML))</content:encoded>\n"
            xml += "  </item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }

    private static func element(_ name: String, _ text: String, indent: Int = 2) -> String {
        String(repeating: " ", count: indent) + "<\(name)>\(FeedText.xml(text))</\(name)>\n"
    }
}
