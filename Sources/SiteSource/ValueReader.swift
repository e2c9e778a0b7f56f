import Foundation
import SiteModel

/// Scalar values read as text and parsed here, so that YAML's own guesses (dates, octal numbers,
/// `no` as false) never change what the contributor wrote.
enum ValueReader {
    static func text(_ node: YAMLNode, key: String, nonEmpty: Bool = false, log: DiagnosticLog) -> String? {
        guard let text = node.scalar else {
            log.error(at: node.position, "expected text for '\(key)', found \(node.kindDescription)")
            return nil
        }
        if nonEmpty, text.allSatisfy(\.isWhitespace) {
            log.error(at: node.position, "'\(key)' must not be empty")
            return nil
        }
        return text
    }

    static func integer(_ node: YAMLNode, key: String, minimum: Int?, log: DiagnosticLog) -> Int? {
        let expected = minimum.map { "an integer >= \($0)" } ?? "an integer"
        guard let text = node.scalar else {
            log.error(at: node.position, "expected \(expected) for '\(key)', found \(node.kindDescription)")
            return nil
        }
        guard let value = Int(text), value >= (minimum ?? Int.min) else {
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
        guard let text = self.text(node, key: key, log: log) else { return nil }
        guard isAbsoluteHTTPURL(text) else {
            log.error(at: node.position, "expected an absolute http(s) URL for '\(key)', found '\(text)'",
                      hint: "write it with its scheme: https://…")
            return nil
        }
        return text
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
            return (text, item.position)
        }
    }
}
