import Foundation
import Testing
import SiteModel
@testable import SiteBuild
import TestSupport

/// Builds the fixture site and compares the whole output with `expected/`, byte for byte.
/// After an intended change of the output, refresh the golden tree with
/// `KERNE_UPDATE_GOLDEN=1 swift test --filter EndToEndTests` (which fails, having
/// rewritten them), review the diff and run again.
@Suite struct EndToEndTests {
    static let now = EventDate(year: 2026, month: 11, day: 23)

    static func build(_ fixture: String, into output: URL, drafts: Bool = false) -> BuildReport {
        let root = FixturePaths.site(fixture)
        let options = BuildOptions(contentDirectory: root.appendingPathComponent("content"),
                                   themeDirectory: FixturePaths.defaultTheme, outputDirectory: output,
                                   includeDrafts: drafts, now: now)
        return SiteBuilder(options: options, displayBase: root).build()
    }

    @Test func basicSiteMatchesTheGoldenTree() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("output")
        let report = Self.build("site-basic", into: output)
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")

        var actual = FolderContents.read(output)
        #expect(actual.removeValue(forKey: ".kerne-output") != nil)
        let expectedRoot = FixturePaths.site("site-basic").appendingPathComponent("expected")
        if GoldenTree.updateRequested {
            try GoldenTree.rewrite(expectedRoot, with: actual)
            return
        }
        let expected = FolderContents.read(expectedRoot)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(actual[path] == data, "\(path) differs from the golden file")
        }
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let without = temporary.appendingPathComponent("without")
        let with = temporary.appendingPathComponent("with")
        #expect(Self.build("site-basic", into: without).succeeded)
        #expect(Self.build("site-basic", into: with, drafts: true).succeeded)
        #expect(!FileManager.default.fileExists(atPath: without.appendingPathComponent("editions/5/index.html").path))
        #expect(FileManager.default.fileExists(atPath: with.appendingPathComponent("editions/5/index.html").path))
    }

    @Test func rebuildingGivesTheSameBytesAndKeepsUnchangedFiles() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("output")
        #expect(Self.build("site-basic", into: output).succeeded)
        let first = FolderContents.read(output)
        let page = output.appendingPathComponent("editions/2/index.html")
        let before = try #require(try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date)
        let second = Self.build("site-basic", into: output)
        #expect(second.succeeded)
        #expect(second.writtenCount == 0)
        #expect(FolderContents.read(output) == first)
        let after = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
        #expect(before == after)
    }
}
