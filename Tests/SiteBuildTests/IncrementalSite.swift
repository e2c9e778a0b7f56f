import ContentHash
@testable import IncrementalBuild
import Foundation
import SiteModel
@testable import SiteBuild
import TestSupport

/// A copy of the `site-basic` fixture (content and theme) in a temporary folder, built twice:
/// into `output/` again and again (incremental, with its build cache) and into a new folder
/// each time (clean), so that tests can compare the two byte for byte after each change.
struct IncrementalSite {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }
    var theme: URL { root.appendingPathComponent("theme") }
    var output: URL { root.appendingPathComponent("output") }
    var cacheRoot: URL { root.appendingPathComponent("cache") }
    var cache: BuildCache { BuildCache(root: cacheRoot, outputDirectory: output) }

    init() throws {
        root = try FixturePaths.temporaryDirectory()
        let manager = FileManager.default
        try manager.copyItem(at: FixturePaths.site("site-basic").appendingPathComponent("content"), to: content)
        try manager.copyItem(at: FixturePaths.defaultTheme, to: theme)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The incremental build uses the cache; a clean build has none.
    func options(output: URL, drafts: Bool = false, cached: Bool = true) -> BuildOptions {
        var options = BuildOptions(contentDirectory: content, themeDirectory: theme, outputDirectory: output,
                                   includeDrafts: drafts, now: EndToEndTests.now)
        options.cacheRoot = cached ? cacheRoot : nil
        return options
    }

    @discardableResult
    func build(drafts: Bool = false) -> BuildReport {
        SiteBuilder(options: options(output: output, drafts: drafts), displayBase: root).build()
    }

    /// A full build into a folder that has never been built (no cache), then its files.
    func cleanBuild(drafts: Bool = false) throws -> [String: Data] {
        let clean = try FixturePaths.temporaryDirectory().appendingPathComponent("output")
        defer { try? FileManager.default.removeItem(at: clean.deletingLastPathComponent()) }
        let report = SiteBuilder(options: options(output: clean, drafts: drafts, cached: false), displayBase: root).build()
        guard report.succeeded else { throw BuildError("clean build failed: \(report.diagnostics) \(report.errors)") }
        return FolderContents.read(clean)
    }

    func write(_ text: String, to path: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func append(_ text: String, to path: String) throws {
        let url = content.appendingPathComponent(path)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    func replace(_ old: String, with new: String, in url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains(old) else { throw BuildError("'\(old)' not found in \(url.path)") }
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path))?[.modificationDate] as? Date
    }
}
