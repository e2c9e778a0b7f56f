import Foundation
import SiteSource
import TestSupport

/// A content folder written to a fresh temporary directory, removed when released.
final class TemporaryContent {
    let base: URL
    var content: URL { base.appendingPathComponent("content") }

    static let minimalSite = "title: Test\nbase_url: https://example.org\n"

    init(_ files: [String: String] = [:], site: String? = minimalSite) throws {
        base = try TemporaryDirectory.make("kerne-source")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        if let site { try write("site.yml", site) }
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        try? FileManager.default.removeItem(at: base)
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func load() -> LoadResult {
        SiteLoader(contentDirectory: content, displayBase: base).load()
    }

    /// Every diagnostic as printed: `content/x.md:1:1: error: message`.
    func lines() -> [String] {
        load().diagnostics.map(\.description)
    }
}
