import Foundation

/// Finds what would run or load in a browser in an HTML document: script elements other than
/// JSON-LD, event handler attributes, `javascript:`/`data:`/`vbscript:` URLs, comments, frames,
/// control characters. Returns one line per problem.
enum LiveMarkupScanner {
    static let jsonLDOpening = "<script type=\"application/ld+json\">"
    static let forbiddenElements: Set<String> = ["iframe", "frame", "object", "embed", "base", "form", "style", "link-import"]
    static let urlAttributes: Set<String> = ["href", "src", "srcset", "action", "formaction", "poster", "cite",
                                             "background", "xlink:href", "data"]
    static let urlMetaProperties: Set<String> = ["og:url", "og:image", "twitter:image"]

    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        let scalars = Array(html.unicodeScalars)
        for scalar in scalars where isForbiddenControl(scalar) {
            problems.append("control character U+\(String(scalar.value, radix: 16, uppercase: true))")
            break
        }
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count else { index += 1; continue }
            let next = scalars[index + 1]
            if next == "!" {
                if String(String.UnicodeScalarView(scalars[index..<min(index + 4, scalars.count)])) == "<!--" {
                    problems.append("an HTML comment")
                }
                index += 2
                continue
            }
            guard next.properties.isAlphabetic || next == "/" else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end] != ">" { end += 1 }
            let tag = String(String.UnicodeScalarView(scalars[index...min(end, scalars.count - 1)]))
            problems += self.problems(inTag: tag)
            if tag.lowercased().hasPrefix("<script") {
                let (body, after) = scriptBody(scalars, from: end + 1)
                problems += jsonLDProblems(body)
                index = after
            } else {
                index = end + 1
            }
        }
        return problems
    }

    private static func problems(inTag tag: String) -> [String] {
        let name = tag.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }.lowercased()
        if name == "script" {
            return tag == jsonLDOpening ? [] : ["a script element: \(tag)"]
        }
        if forbiddenElements.contains(name) { return ["a \(name) element: \(tag)"] }
        var problems: [String] = []
        let attributes = self.attributes(of: tag)
        for (attribute, value) in attributes {
            if attribute.hasPrefix("on") { problems.append("an event handler attribute in \(tag)") }
            let isURL = urlAttributes.contains(attribute)
                || (name == "meta" && attribute == "content"
                    && attributes.contains { ($0.0 == "property" || $0.0 == "name") && urlMetaProperties.contains($0.1) })
            if isURL, hasDangerousScheme(value) { problems.append("a dangerous URL in \(tag)") }
        }
        return problems
    }

    /// Attribute names (lowercased) and values (entities decoded) of one tag.
    static func attributes(of tag: String) -> [(String, String)] {
        var result: [(String, String)] = []
        let pattern = #"([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let rest = String(tag.dropFirst().drop { !$0.isWhitespace && $0 != ">" })
        let text = rest as NSString
        let range = NSRange(location: 0, length: text.length)
        for match in regex.matches(in: rest, range: range) {
            let name = text.substring(with: match.range(at: 1)).lowercased()
            var value = ""
            for group in 2...4 where match.range(at: group).location != NSNotFound {
                value = text.substring(with: match.range(at: group))
            }
            result.append((name, decodeEntities(value)))
        }
        return result
    }

    static func hasDangerousScheme(_ url: String) -> Bool {
        let cleaned = url.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)
        let lowered = String(cleaned).lowercased()
        return ["javascript:", "data:", "vbscript:"].contains { lowered.hasPrefix($0) }
    }

    /// The text of a `<script>` element and the index after its end tag.
    private static func scriptBody(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int) {
        let rest = String(String.UnicodeScalarView(scalars[min(start, scalars.count)...]))
        guard let close = rest.range(of: "</script", options: .caseInsensitive) else { return (rest, scalars.count) }
        let body = String(rest[..<close.lowerBound])
        return (body, start + body.unicodeScalars.count + "</script".count)
    }

    private static func jsonLDProblems(_ body: String) -> [String] {
        var problems: [String] = []
        if (try? JSONSerialization.jsonObject(with: Data(body.utf8))) == nil {
            problems.append("JSON-LD that is not JSON: \(body.prefix(200))")
        }
        if body.contains("<!--") || body.lowercased().contains("<script") { problems.append("markup inside JSON-LD") }
        return problems
    }

    /// C0 controls other than tab, LF and CR; DEL; the noncharacters U+FFFE and U+FFFF.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0...0x1F, 0x7F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semicolon) <= 10 else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let entity = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "Tab": "\t"]
            if let value = named[String(entity)] {
                result += value
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"), let code = UInt32(entity.dropFirst(2), radix: 16),
                      let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "&" + entity + ";"
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
