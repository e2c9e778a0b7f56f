import Foundation
import TestSupport

/// A temporary folder holding a `content/` folder, with the repository's default theme at
/// `themes/default`, removed when released. kerne runs inside it, as in a real site.
final class ScratchSite {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }

    static let minimalSiteFile = "title: Test\nbase_url: https://example.org\n"

    /// `files`: paths relative to `content/` and their text.
    init(_ files: [String: String] = [:], siteFile: String? = minimalSiteFile) throws {
        root = try KerneProcess.temporaryDirectory()
        let themes = root.appendingPathComponent("themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: KerneProcess.repository.appendingPathComponent("themes/default"),
                                         to: themes.appendingPathComponent("default"))
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        if let siteFile { try write("site.yml", siteFile) }
        for (path, text) in files { try write(path, text) }
    }

    /// A copy of the real Breizh'péro content.
    static func realContent() throws -> ScratchSite {
        let site = try ScratchSite(siteFile: nil)
        try FileManager.default.removeItem(at: site.content)
        try FileManager.default.copyItem(at: KerneProcess.repository.appendingPathComponent("content"), to: site.content)
        return site
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// `kerne arguments…` run in the site's folder; `build` gets a fixed `--now` and `--quiet`.
    func kerne(_ arguments: String..., timeout: TimeInterval = 120) throws -> KerneProcess.Result {
        var arguments = arguments
        if arguments.first == "build" { arguments += ["--now", "2013-11-15", "--quiet"] }
        return try KerneProcess.run(arguments, in: root, timeout: timeout)
    }

    /// Every regular file below `path` (relative to the site's folder) and its bytes.
    func tree(_ path: String) -> [String: Data] {
        DeterminismTests.tree(url(path))
    }

    /// The names in the site's folder, hidden ones included, sorted.
    func entries(_ path: String = ".") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(path).path).sorted()
    }
}
