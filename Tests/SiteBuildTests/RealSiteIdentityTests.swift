import Foundation
import SiteBuild
import SiteModel
import Testing
import TestSupport

/// The real site (content/ of the repository) keeps every address, UID and feed id it had before
/// it had several series: subscribers' calendars and feed readers know them.
@Suite struct RealSiteIdentityTests {
    static let listFile = FixturePaths.fixtures.appendingPathComponent("real-site-identities/identities.txt")

    /// `kind value` lines of the list, comments left out.
    static func identities(_ kind: String) throws -> [String] {
        try String(contentsOf: listFile, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") && $0.hasPrefix(kind + " ") }
            .map { String($0.dropFirst(kind.count + 1)) }
    }

    @Test func everyAddressUIDAndFeedIdIsStillThere() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("output")
        let options = BuildOptions(contentDirectory: FixturePaths.repository.appendingPathComponent("content"),
                                   themeDirectory: FixturePaths.defaultTheme, outputDirectory: output,
                                   now: EventDate(year: 2026, month: 11, day: 23))
        let report = SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")
        let files = FolderContents.read(output)
        func text(_ path: String) -> String { files[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }

        let urls = try Self.identities("url")
        #expect(urls.count > 70)
        for url in urls {
            let path = url.hasSuffix("/") ? String(url.dropFirst()) + "index.html" : String(url.dropFirst())
            #expect(files[path] != nil, "\(url) is gone")
        }
        let calendars = files.keys.filter { $0.hasSuffix(".ics") }.map(text).joined()
        for uid in try Self.identities("uid") {
            #expect(calendars.contains("\r\nUID:\(uid)\r\n"), "UID \(uid) is gone")
        }
        // A feed holds the newest items only: an old item may leave it for a newer one, never
        // come back under another id.
        let base = "https://www.silicon-kerne.net"
        let feedItems = 20
        let rss = text("feed.xml"), atom = text("atom.xml"), json = text("feed.json")
        for (kind, feed, pattern) in [("guid", rss, "<guid isPermaLink=\"true\">%@</guid>"), ("atom-id", atom, "<id>%@</id>"),
                                      ("json-id", json, "\"id\": \"%@\"")] {
            for id in try Self.identities(kind) where !feed.contains(pattern.replacingOccurrences(of: "%@", with: id)) {
                let page = String(id.dropFirst(base.count + 1)) + "index.html"
                #expect(files[page] != nil && Self.count(of: kind, in: feed) >= feedItems,
                        "\(kind) \(id) left the feed though it is not full")
            }
        }
    }

    /// How many items a feed holds.
    static func count(of kind: String, in feed: String) -> Int {
        let marker = kind == "guid" ? "<item>" : kind == "atom-id" ? "<entry>" : "\"content_html\""
        return feed.components(separatedBy: marker).count - 1
    }
}
