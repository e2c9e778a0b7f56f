import Foundation
import SiteModel

/// Scalar values read as text and parsed here, so that YAML's own guesses (dates, octal numbers,
/// `no` as false) never change what the contributor wrote.
enum ValueReader {
    static func text(_ node: YAMLNode, key: String, nonEmpty: Bool = false, log: DiagnosticLog) -> String? {
        guard let raw = node.scalar else {
            log.error(at: node.position, "expected text for '\(key)', found \(node.kindDescription)")
            return nil
        }
        let text = cleaned(raw, key: key, at: node.position, log: log)
        if nonEmpty, text.allSatisfy(\.isWhitespace) {
            log.error(at: node.position, "'\(key)' must not be empty")
            return nil
        }
        return text
    }

    static func integer(_ node: YAMLNode, key: String, minimum: Int?, maximum: Int? = nil, log: DiagnosticLog) -> Int? {
        let expected = switch (minimum, maximum) {
        case (let low?, let high?): "an integer from \(low) to \(high)"
        case (let low?, nil): "an integer >= \(low)"
        case (nil, let high?): "an integer <= \(high)"
        case (nil, nil): "an integer"
        }
        guard let text = node.scalar else {
            log.error(at: node.position, "expected \(expected) for '\(key)', found \(node.kindDescription)")
            return nil
        }
        guard let value = Int(text), value >= (minimum ?? Int.min), value <= (maximum ?? Int.max) else {
            log.error(at: node.position, "expected \(expected) for '\(key)', found '\(text)'")
            return nil
        }
        return value
    }

    static func bool(_ node: YAMLNode, key: String, log: DiagnosticLog) -> Bool? {
        switch node.scalar {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        case let text?:
            log.error(at: node.position, "expected true or false for '\(key)', found '\(text)'")
        case nil:
            log.error(at: node.position, "expected true or false for '\(key)', found \(node.kindDescription)")
        }
        return nil
    }

    static func date(_ node: YAMLNode, key: String, log: DiagnosticLog) -> EventDate? {
        guard let text = node.scalar else {
            log.error(at: node.position, "expected a date for '\(key)', found \(node.kindDescription)")
            return nil
        }
        guard let date = EventDate.parse(text) else {
            log.error(at: node.position, "invalid date '\(text)' for '\(key)'",
                      hint: "write YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM")
            return nil
        }
        return date
    }

    static func httpURL(_ node: YAMLNode, key: String, log: DiagnosticLog) -> String? {
        guard let text = node.scalar else { return self.text(node, key: key, log: log) }
        if let character = text.unicodeScalars.first(where: { !isURLCharacter($0) }) {
            log.error(at: node.position, "'\(key)' contains \(TextCleaning.codePoint(character)), which a URL cannot hold",
                      hint: "percent-encode it (a space is %20)")
            return nil
        }
        guard isAbsoluteHTTPURL(text) else {
            log.error(at: node.position, "expected an absolute http(s) URL for '\(key)', found '\(text)'",
                      hint: "write it with its scheme: https://…")
            return nil
        }
        return text
    }

    /// `httpURL`, for the address the whole site is published at: it is joined to every path,
    /// so it may hold neither a query, a fragment nor credentials (which every page would show).
    static func siteAddress(_ node: YAMLNode, key: String, log: DiagnosticLog) -> String? {
        guard let text = httpURL(node, key: key, log: log), let components = URLComponents(string: text) else { return nil }
        if components.user != nil || components.password != nil {
            log.error(at: node.position, "'\(key)' holds a user name or password, which every page would publish",
                      hint: "write the address without 'user:password@'")
            return nil
        }
        if components.query != nil || components.fragment != nil {
            log.error(at: node.position, "'\(key)' has a query ('?…') or a fragment ('#…'), which the paths of the site cannot follow",
                      hint: "write only the scheme, the host and a path: https://example.org/site")
            return nil
        }
        return text
    }

    /// Characters a URL may hold as written: anything but controls, whitespace and the ASCII
    /// characters RFC 3986 excludes (`"` `<` `>` `\\` `^` `` ` `` `{` `|` `}`).
    static func isURLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            || scalar.properties.generalCategory == .format || TextCleaning.isForbidden(scalar) { return false }
        return !"\"<>\\^`{|}".unicodeScalars.contains(scalar)
    }

    static func isAbsoluteHTTPURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return false }
        return true
    }

    static func list(_ node: YAMLNode, key: String, log: DiagnosticLog) -> [YAMLNode]? {
        guard case let .sequence(items) = node.value else {
            log.error(at: node.position, "expected a list for '\(key)', found \(node.kindDescription)")
            return nil
        }
        return items
    }

    static func textList(_ node: YAMLNode, key: String, log: DiagnosticLog) -> [(text: String, position: TextPosition)]? {
        guard let items = list(node, key: key, log: log) else { return nil }
        return items.compactMap { item in
            guard let text = item.scalar, !item.isNull else {
                let found = item.isNull ? "nothing" : item.kindDescription
                log.error(at: item.position, "expected text in '\(key)', found \(found)")
                return nil
            }
            return (cleaned(text, key: key, at: item.position, log: log), item.position)
        }
    }

    private static func cleaned(_ text: String, key: String, at position: TextPosition, log: DiagnosticLog) -> String {
        let (cleaned, removed) = TextCleaning.clean(text)
        if let removed {
            log.warning(at: position, "'\(key)' contains the control character \(TextCleaning.codePoint(removed)): removed")
        }
        return cleaned
    }
}
