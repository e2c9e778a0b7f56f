import Foundation

/// A site path written in front matter (`/photos/x.jpg`) must stay inside this site: no `..`
/// segment, no `//host` (another site), no backslash, nothing a URL cannot hold.
enum SitePathCheck {
    /// The problem with `path` for `key`, or nil when it is acceptable.
    static func problem(_ path: String, key: String) -> String? {
        if path.hasPrefix("//") {
            return "'\(key)' must be a path of this site, not another host: '\(path)'"
        }
        if path.contains("\\") {
            return "'\(key)' must separate folders with '/', not '\\': '\(path)'"
        }
        if let character = path.unicodeScalars.first(where: { !ValueReader.isURLCharacter($0) }) {
            return "'\(key)' contains \(TextCleaning.codePoint(character)), which a URL cannot hold"
        }
        let pathPart = path.prefix { $0 != "?" && $0 != "#" }
        let segments = pathPart.split(separator: "/", omittingEmptySubsequences: false)
            .map { segment in String(segment).removingPercentEncoding ?? String(segment) }
        if segments.contains(where: { $0 == ".." || $0 == "." }) {
            return "'\(key)' must not contain '.' or '..' segments: '\(path)'"
        }
        return nil
    }
}
