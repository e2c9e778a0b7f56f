import Foundation
import SiteModel
@testable import SiteBuild
import TestSupport

/// A copy of a fixture's content in a temporary folder, to be changed and built without a cache.
struct ScratchFixture {
    let root: URL
    var content: URL { root.appendingPathComponent("content") }

    init(_ fixture: String) throws {
        root = try TemporaryDirectory.make()
        try FileManager.default.copyItem(at: Repository.fixture(fixture).appendingPathComponent("content"), to: content)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ text: String, to path: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Builds into `output/` as of `EndToEndTests.now`; the report and the files written.
    func build() -> (report: BuildReport, files: [String: Data]) {
        let output = root.appendingPathComponent("output")
        let options = BuildOptions(contentDirectory: content, themeDirectory: Repository.defaultTheme, outputDirectory: output,
                                   now: EndToEndTests.now)
        let report = SiteBuilder(options: options, displayBase: root).build()
        return (report, FolderContents.read(output))
    }
}
