import Escaping
import SiteModel

/// `sitemap.xml` and `robots.txt`.
enum SitemapRenderer {
    /// One `<url>` per HTML page except the 404 page, sorted by location; `lastmod` from the
    /// content's dates when the page stands for one piece of content.
    static func sitemap(site: Site, pagePaths: [String]) -> [UInt8] {
        let zone = site.config.timeZone
        var lastModified: [String: EventDate] = [:]
        for edition in site.editions { lastModified[edition.path] = edition.updated ?? edition.date }
        for post in site.news { lastModified[post.path] = post.updated ?? post.date }
        var entries: [(String, String?)] = []
        for path in pagePaths where path != "/404.html" {
            let date = lastModified[path].map { DateText.iso($0.dayOnly.precision == .month ? $0 : $0.dayOnly, in: zone) }
            entries.append((site.config.absoluteURL(path), date))
        }
        entries.sort { $0.0 < $1.0 }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (location, date) in entries {
            xml += "  <url><loc>\(HTMLEscaping.markup.escaped(location))</loc>"
            if let date, date.count >= 10 { xml += "<lastmod>\(date)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return Array(xml.utf8)
    }

    static func robots(site: Site) -> [UInt8] {
        Array("User-agent: *\nAllow: /\n\nSitemap: \(site.config.absoluteURL("/sitemap.xml"))\n".utf8)
    }
}
