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
        var index = 0
        while index < bytes.count {
            if starts(bytes, at: index, with: commentStart) {
                let end = find(bytes, commentEnd, from: index + 4).map { $0 + 3 } ?? bytes.count
                output += bytes[index..<end]
                index = end
            } else if bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count, isLetter(bytes[index + 1]) {
                index = copyTag(bytes, from: index, into: &output, pageURL: pageURL, baseURL: baseURL)
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Copies one start tag, rewriting its `href` and `src` values; returns the index after it.
    private static func copyTag(_ bytes: [UInt8], from start: Int, into output: inout [UInt8],
                                pageURL: String, baseURL: String) -> Int {
        var index = start
        // `<` and the tag name.
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
            output.append(bytes[index])
            index += 1
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                output.append(byte)
                return index + 1
            }
            if isSpace(byte) || byte == UInt8(ascii: "/") {
                output.append(byte)
                index += 1
                continue
            }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]),
                  ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index]) {
                index += 1
            }
            if index == nameStart { // a lone `=` or similar: copy it and go on
                output.append(bytes[index])
                index += 1
                continue
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            output += bytes[nameStart..<index]
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            output.append(bytes[index])
            index += 1
            guard index < bytes.count else { break }
            let quote = bytes[index]
            let isQuoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
            let valueStart = isQuoted ? index + 1 : index
            var valueEnd = valueStart
            while valueEnd < bytes.count {
                let current = bytes[valueEnd]
                if isQuoted ? current == quote : (isSpace(current) || current == UInt8(ascii: ">")) { break }
                valueEnd += 1
            }
            let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
            let rewritten = name == "href" || name == "src"
                ? resolve(value, pageURL: pageURL, baseURL: baseURL) : value
            output += bytes[index..<valueStart]
            output += Array(rewritten.utf8)
            index = valueEnd
            if isQuoted, index < bytes.count {
                output.append(quote)
                index += 1
            }
        }
        return index
    }

    /// Resolves an attribute value (still HTML-escaped) against the page and the site.
    /// What is added from `pageURL` and `baseURL` is escaped for the attribute.
    static func resolve(_ value: String, pageURL: String, baseURL: String) -> String {
        let page = URLParts(pageURL)
        if value.isEmpty { return Escaping.markup(page.withoutFragment) }
        if hasScheme(value) { return value }
        if value.hasPrefix("//") { return Escaping.markup(URLParts(baseURL).scheme) + ":" + value }
        if value.hasPrefix("/") {
            let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
            return Escaping.markup(base) + value
        }
        if value.hasPrefix("#") { return Escaping.markup(page.withoutFragment) + value }
        if value.hasPrefix("?") { return Escaping.markup(page.origin + page.path) + value }

        let suffixStart = value.firstIndex { $0 == "?" || $0 == "#" } ?? value.endIndex
        let relativePath = value[..<suffixStart]
        let directory = page.path[...(page.path.lastIndex(of: "/") ?? page.path.startIndex)]
        let path = removingDotSegments(String(directory) + relativePath)
        return Escaping.markup(page.origin) + path + value[suffixStart...]
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
    private static func hasScheme(_ value: String) -> Bool {
        guard let first = value.utf8.first, isLetter(first) else { return false }
        for byte in value.utf8.dropFirst() {
            if byte == UInt8(ascii: ":") { return true }
            guard isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
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

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static let commentStart = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)

    private static func starts(_ bytes: [UInt8], at index: Int, with pattern: [UInt8]) -> Bool {
        index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }

    private static func find(_ bytes: [UInt8], _ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if starts(bytes, at: index, with: pattern) { return index }
            index += 1
        }
        return nil
    }
}
