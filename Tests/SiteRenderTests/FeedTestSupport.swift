import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SiteModel
@testable import SiteRender

/// Small sites and readers for the feed tests.
enum FeedTestSupport {
    static let baseURL = "https://www.silicon-kerne.net"

    static func config(feedItems: Int = 20, timeZone: String = "Europe/Paris", title: String = "Breizh\u{2019}péro",
                       tagline: String? = "Les apéros web de Quimper et de Cornouaille") -> SiteConfig {
        SiteConfig(title: title, tagline: tagline, baseURL: baseURL, language: "fr", timeZoneIdentifier: timeZone,
                   organizer: "Silicon Kerné", feedItems: feedItems).withDefaultWords()
    }

    static func news(_ slug: String, _ date: String, title: String? = nil, html: String = "<p>Texte.</p>\n",
                     author: String? = nil, tags: [String] = [], updated: String? = nil) -> NewsPost {
        NewsPost(slug: slug, title: title ?? "Actualité \(slug)", date: EventDate.parse(date)!, author: author,
                 tags: tags, summary: "Résumé de \(slug).", updated: updated.flatMap(EventDate.parse),
                 body: RenderedMarkdown(html: html, plainText: "Texte.", summaryText: "Texte."))
    }

    static func edition(_ number: Int, _ date: String, title: String? = nil, html: String = "<p>Récit.</p>\n",
                        venue: Venue? = nil, speakers: [Speaker] = []) -> Edition {
        Edition(series: .breizhpero, number: number, title: title ?? "Sujet \(number)", date: EventDate.parse(date)!, venue: venue,
                speakers: speakers, summary: "Résumé \(number).", body: RenderedMarkdown(html: html))
    }

    static func files(_ site: Site) -> (rss: String, atom: String, json: String) {
        let files = FeedRenderer.render(site)
        func text(_ path: String) -> String {
            String(decoding: files.first { $0.path == path }?.contents ?? [], as: UTF8.self)
        }
        return (text("feed.xml"), text("atom.xml"), text("feed.json"))
    }

    static func jsonObject(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let dictionary = object as? [String: Any] else { throw FeedTestError.notAnObject }
        return dictionary
    }

    static func jsonItems(_ text: String) throws -> [[String: Any]] {
        try jsonObject(text)["items"] as? [[String: Any]] ?? []
    }

    enum FeedTestError: Error { case notAnObject, notWellFormed(String) }
}

/// Parses XML with Foundation's parser and keeps every element with its text and attributes.
final class FeedXMLReader: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var parent: String?
        var attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []

    init(_ text: String) throws {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw FeedTestSupport.FeedTestError.notWellFormed(String(describing: parser.parserError))
        }
    }

    /// Texts of the elements called `name` (qualified, e.g. `content:encoded`), in document order.
    func texts(_ name: String, inside parent: String? = nil) -> [String] {
        elements.filter { $0.name == name && (parent == nil || $0.parent == parent) }.map(\.text)
    }

    func attributes(_ name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let parent = open.last.map { elements[$0].name }
        elements.append(Element(name: elementName, parent: parent, attributes: attributeDict))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if let current = open.last { elements[current].text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        _ = open.popLast()
    }
}
