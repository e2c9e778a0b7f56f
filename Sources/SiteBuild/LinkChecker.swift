import Concurrency
import Foundation
import SiteModel
import SiteRender

/// Internal links and images of the rendered pages that lead to no file of the site. A broken
/// destination written in a Markdown body is reported where it is written; one that comes from
/// the theme is reported once, on the theme's templates.
struct LinkChecker {
    /// A Markdown body: the page it is shown on, its file, and its destinations as written.
    struct Body {
        let sitePath: String
        let sourcePath: String
        let destinations: [String]
    }

    let basePath: String
    /// Every file of the output, relative to its root: `editions/4/index.html`.
    let existing: Set<String>
    let bodies: [Body]
    let themeLabel: String
    let locator: SourceLocator
    /// HTML added to every page that is not part of the site (`kerne serve`'s live reload).
    var injectedHTML = ""
    /// Whether a root-relative destination (`/editions/4/`) leads somewhere, remembered across
    /// pages: the menu, feeds and lists link to the same places from every page.
    private let leadsSomewhere = Memo<String, Bool>()

    /// The links and images of one HTML page that lead to no file of the site. Safe to call
    /// from several threads: pages are checked as they are rendered, and only what is broken is kept.
    func brokenReferences(inPage contents: [UInt8], at outputPath: String) -> BrokenReferences {
        let pagePath = "/" + outputPath
        let references = injectedHTML.isEmpty
            ? HTMLReferences.extract(fromBytes: contents)
            : HTMLReferences.extract(from: String(decoding: contents, as: UTF8.self).replacingOccurrences(of: injectedHTML, with: ""))
        let broken = references.filter { reference in
            let value = reference.value
            // A destination from the root means the same on every page.
            if value.utf8.first == UInt8(ascii: "/"), value.utf8.dropFirst().first != UInt8(ascii: "/") {
                return !leadsSomewhere.value(for: value) { resolve(value, on: pagePath).map(exists) ?? true }
            }
            guard let target = resolve(value, on: pagePath) else { return false }
            return !exists(target)
        }
        return BrokenReferences(pagePath: pagePath, references: broken)
    }

    /// Every page at once (`kerne check` of rendered files, tests).
    func check(_ pages: [OutputFile]) -> [Diagnostic] {
        diagnostics(for: pages.filter { $0.path.hasSuffix(".html") }.map { brokenReferences(inPage: $0.contents, at: $0.path) })
    }

    /// Diagnostics for the broken references of the pages, in page order: one where a body
    /// wrote the destination, one per destination that comes from the theme.
    func diagnostics(for pages: [BrokenReferences]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        var fromTheme: [(value: String, kind: String, pages: [String])] = []
        for page in pages {
            let pagePath = page.pagePath
            for reference in page.references {
                guard let target = resolve(reference.value, on: pagePath) else { continue }
                let kind = reference.kind
                if let (body, written) = owner(of: target, value: reference.value, page: pagePath) {
                    guard seen.insert(body.sourcePath + "\u{0}" + written).inserted else { continue }
                    let location = locator.linkDestination(written, in: body.sourcePath)
                        ?? SourceLocation(path: body.sourcePath, line: 1, column: 1)
                    diagnostics.append(.error(at: location, "\(kind) '\(written)' leads nowhere", hint: hint(target, written)))
                } else if let index = fromTheme.firstIndex(where: { $0.value == reference.value }) {
                    fromTheme[index].pages.append(pagePath)
                } else {
                    fromTheme.append((reference.value, kind, [pagePath]))
                }
            }
        }
        let themeLocation = SourceLocation(path: themeLabel, line: 1, column: 1)
        for (value, kind, pages) in fromTheme {
            let count = pages.count == 1 ? "on \(pages[0])" : "on \(pages.count) pages, first \(pages[0])"
            diagnostics.append(.error(at: themeLocation, "\(kind) '\(value)' of the theme leads nowhere (\(count))"))
        }
        return diagnostics
    }

    /// A site path (`/editions/4/`), `""` for a path outside the site's base path, or nil for
    /// what is not checked (other sites, `mailto:`, fragments of the same page).
    func resolve(_ value: String, on pagePath: String) -> String? {
        let withoutFragment = Self.withoutFragment(value)
        guard !withoutFragment.isEmpty, !withoutFragment.hasPrefix("//"), !Self.hasScheme(withoutFragment) else { return nil }
        let path = String(withoutFragment)
        if path.hasPrefix("/") {
            guard !basePath.isEmpty else { return Self.removingDotSegments(path) }
            guard path == basePath || path.hasPrefix(basePath + "/") else { return "" }
            let inside = String(path.dropFirst(basePath.count))
            return Self.removingDotSegments(inside.isEmpty ? "/" : inside)
        }
        return Self.removingDotSegments(Self.directory(of: pagePath) + path)
    }

    /// The site path of a destination written in a body shown at `sitePath`: a leading `/`
    /// means the root of the site, whatever the base path.
    private func siteTarget(of destination: String, shownAt sitePath: String) -> String? {
        let withoutFragment = Self.withoutFragment(destination)
        guard !withoutFragment.isEmpty, !withoutFragment.hasPrefix("//"), !Self.hasScheme(withoutFragment) else { return nil }
        let path = String(withoutFragment)
        return Self.removingDotSegments(path.hasPrefix("/") ? path : Self.directory(of: sitePath) + path)
    }

    private func exists(_ target: String) -> Bool {
        guard target.hasPrefix("/") else { return false }
        let relative = String(target.dropFirst())
        let decoded = relative.utf8.contains(UInt8(ascii: "%")) ? relative.removingPercentEncoding ?? relative : relative
        for candidate in [relative, decoded] {
            if existing.contains(candidate) { return true }
            if (candidate.isEmpty || candidate.hasSuffix("/")) && existing.contains(candidate + "index.html") { return true }
            if existing.contains(candidate + "/index.html") { return true }
        }
        return false
    }

    /// The body that wrote this destination: the page's own body first, then any other
    /// (summaries and excerpts are shown on list pages too).
    private func owner(of target: String, value: String, page: String) -> (Body, String)? {
        let own = bodies.filter { $0.sitePath == Self.directory(of: page) }
        for body in own + bodies {
            for destination in body.destinations {
                if Self.decoded(destination) == Self.decoded(value) { return (body, destination) }
                if let site = siteTarget(of: destination, shownAt: body.sitePath), !target.isEmpty,
                   Self.decoded(site) == Self.decoded(target) {
                    return (body, destination)
                }
            }
        }
        return nil
    }

    private func hint(_ target: String, _ written: String) -> String? {
        let withoutFragment = String(written.prefix { $0 != "#" && $0 != "?" })
        guard !target.isEmpty, target != withoutFragment else { return nil }
        return "it points at '\(target)' of the site"
    }

    private static func decoded(_ text: String) -> String {
        text.removingPercentEncoding ?? text
    }

    /// `/editions/4/index.html` → `/editions/4/`
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "/" }
        return String(path[...slash])
    }

    /// `/a/b/../c/./d` → `/a/c/d`; never above the root.
    static func removingDotSegments(_ path: String) -> String {
        if !path.utf8.indices.contains(where: { path.utf8[$0] == UInt8(ascii: "/")
            && path.utf8.index(after: $0) < path.utf8.endIndex && path.utf8[path.utf8.index(after: $0)] == UInt8(ascii: ".") }) {
            return path
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var kept: [Substring] = []
        for (offset, segment) in segments.enumerated() {
            let isLast = offset == segments.count - 1
            if segment == "." || segment == ".." {
                if segment == "..", !kept.isEmpty { kept.removeLast() }
                if isLast { kept.append("") }
            } else {
                kept.append(segment)
            }
        }
        return "/" + kept.joined(separator: "/")
    }

    /// The value up to its first `#` or `?`. On bytes when it is ASCII (links almost always are:
    /// every page has dozens), else by characters, as a `#` joined to a mark is not a `#`.
    private static func withoutFragment(_ value: String) -> Substring {
        let utf8 = value.utf8
        if !utf8.contains(where: { $0 >= 0x80 }) {
            let end = utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? utf8.endIndex
            return value[..<end]
        }
        return value.prefix { $0 != "#" && $0 != "?" }
    }

    /// `https:`, `mailto:`, `data:`: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    /// When the value is ASCII, the feeds' byte test (`AbsoluteLinks.hasScheme`), which reads the
    /// same; else by characters, as for `withoutFragment`.
    private static func hasScheme(_ value: Substring) -> Bool {
        guard value.utf8.contains(where: { $0 >= 0x80 }) else { return AbsoluteLinks.hasScheme(value) }
        guard let colon = value.firstIndex(of: ":"), let first = value.first, first.isASCII, first.isLetter else { return false }
        return value[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
