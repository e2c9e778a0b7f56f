import Escaping

/// Makes the links and images of rendered HTML absolute, for places where the page's own
/// address is unknown (feed readers, e-mail).
public enum AbsoluteLinks {
    /// Rewrites every `href` and `src` attribute value inside tags of `html`:
    /// `/x` → `baseURL/x`; `x/y.png`, `../y`, `?q` → resolved against `pageURL`;
    /// `#part` → `pageURL#part`; values with a scheme (`https:`, `mailto:`, ...) are kept.
    /// Text outside tags, comments and other attributes are copied unchanged.
    public static func absolutize(html: String, pageURL: String, baseURL: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        var copied = 0
        for occurrence in HTMLLinkAttributes.scan(bytes) {
            let range = occurrence.valueRange
            output += bytes[copied..<range.lowerBound]
            let value = String(decoding: bytes[range], as: UTF8.self)
            output += Array(resolve(value, pageURL: pageURL, baseURL: baseURL).utf8)
            copied = range.upperBound
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// Resolves an attribute value (still HTML-escaped) against the page and the site.
    /// What is added from `pageURL` and `baseURL` is escaped for the attribute.
    static func resolve(_ value: String, pageURL: String, baseURL: String) -> String {
        let page = URLParts(pageURL)
        if value.isEmpty { return HTMLEscaping.markup.escaped(page.withoutFragment) }
        if hasScheme(value) { return value }
        if value.hasPrefix("//") { return HTMLEscaping.markup.escaped(URLParts(baseURL).scheme) + ":" + value }
        if value.hasPrefix("/") {
            let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
            return HTMLEscaping.markup.escaped(base) + value
        }
        if value.hasPrefix("#") { return HTMLEscaping.markup.escaped(page.withoutFragment) + value }
        if value.hasPrefix("?") { return HTMLEscaping.markup.escaped(page.origin + page.path) + value }

        let suffixStart = value.firstIndex { $0 == "?" || $0 == "#" } ?? value.endIndex
        let relativePath = value[..<suffixStart]
        let directory = page.path[...(page.path.lastIndex(of: "/") ?? page.path.startIndex)]
        let path = removingDotSegments(String(directory) + relativePath)
        return HTMLEscaping.markup.escaped(page.origin) + path + value[suffixStart...]
    }

    /// `/a/b/../c/./d` → `/a/c/d`; never climbs above the root (RFC 3986, 5.2.4).
    private static func removingDotSegments(_ path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var kept: [Substring] = []
        for (offset, segment) in segments.enumerated() {
            let isLast = offset == segments.count - 1
            if segment == "." {
                if isLast { kept.append("") }
            } else if segment == ".." {
                if !kept.isEmpty { kept.removeLast() }
                if isLast { kept.append("") }
            } else {
                kept.append(segment)
            }
        }
        return "/" + kept.joined(separator: "/")
    }

    /// `https:`, `mailto:`, `data:`: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    /// On bytes: only ASCII characters can be any of these.
    package static func hasScheme(_ value: some StringProtocol) -> Bool {
        guard let first = value.utf8.first, HTMLLinkAttributes.isLetter(first) else { return false }
        for byte in value.utf8.dropFirst() {
            if byte == UInt8(ascii: ":") { return true }
            guard HTMLLinkAttributes.isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return false }
        }
        return false
    }

    /// An absolute URL cut into `scheme://authority` and the path (at least `/`),
    /// with query and fragment kept apart.
    private struct URLParts {
        let scheme: String
        let origin: String
        let path: String
        let query: String

        init(_ url: String) {
            let noFragment = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let querySplit = noFragment.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
            let beforeQuery = querySplit.first ?? ""
            query = querySplit.count > 1 ? "?" + querySplit[1] : ""
            if let schemeEnd = beforeQuery.range(of: "://") {
                scheme = String(beforeQuery[..<schemeEnd.lowerBound])
                let pathStart = beforeQuery[schemeEnd.upperBound...].firstIndex(of: "/") ?? beforeQuery.endIndex
                origin = String(beforeQuery[..<pathStart])
                let rest = String(beforeQuery[pathStart...])
                path = rest.isEmpty ? "/" : rest
            } else {
                scheme = "https"
                origin = ""
                path = beforeQuery.hasPrefix("/") ? String(beforeQuery) : "/" + beforeQuery
            }
        }

        var withoutFragment: String { origin + path + query }
    }
}
