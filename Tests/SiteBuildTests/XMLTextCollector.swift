import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an XML document with Foundation's XMLParser and keeps the text of every element
/// and every attribute value, by element name.
final class XMLTextCollector: NSObject, XMLParserDelegate {
    /// `type` is the element's `type` attribute (Atom: text, html); `parent` the enclosing element.
    private(set) var texts: [(element: String, text: String, type: String?, parent: String?)] = []
    private(set) var attributes: [(element: String, name: String, value: String)] = []
    private var stack: [(name: String, text: String, type: String?)] = []

    /// Nil when the document is not well-formed XML.
    static func parse(_ data: Data) -> XMLTextCollector? {
        let collector = XMLTextCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        for (name, value) in attributes { self.attributes.append((elementName, name, value)) }
        stack.append((elementName, "", attributes["type"]))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        texts.append((element.name, element.text, element.type, stack.last?.name))
    }
}
