import Foundation
import SiteModel
import Testing
@testable import SiteBuild
import TestSupport

/// A site of three series, two numbered ones whose numbers overlap and one of one-off events,
/// built on 1 November 2013 and compared with `site-series/expected/` byte for byte. Refresh with
/// `KERNE_UPDATE_GOLDEN=1 swift test --filter SeriesSiteTests` (which fails, having
/// rewritten them), review the diff and run again.
@Suite struct SeriesSiteTests {
    @Test func seriesSiteMatchesTheGoldenTree() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("output")
        let root = FixturePaths.site("site-series")
        let options = BuildOptions(contentDirectory: root.appendingPathComponent("content"),
                                   themeDirectory: FixturePaths.defaultTheme, outputDirectory: output,
                                   now: EventDate(year: 2013, month: 11, day: 1))
        let report = SiteBuilder(options: options, displayBase: root).build()
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")

        var actual = FolderContents.read(output)
        #expect(actual.removeValue(forKey: ".kerne-output") != nil)
        let expectedRoot = root.appendingPathComponent("expected")
        if GoldenTree.updateRequested {
            try GoldenTree.rewrite(expectedRoot, with: actual)
            return
        }
        let expected = FolderContents.read(expectedRoot)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(actual[path] == data, "\(path) differs from the golden file")
        }
        // What the golden tree must show, so that refreshing it cannot hide a regression.
        for path in ["editions/1/breizhpero-1.ics", "ateliers/1/atelier-1.ics", "cantine/ouverture/cantine-ouverture.ics",
                     "editions/agenda.ics", "ateliers/agenda.ics", "cantine/agenda.ics", "cantine/inauguration/index.html"] {
            #expect(expected[path] != nil, "\(path) is missing")
        }
        let agenda = String(decoding: expected["agenda.ics"] ?? Data(), as: UTF8.self)
        #expect(agenda.components(separatedBy: "BEGIN:VEVENT").count - 1 == 5)
        #expect(agenda.contains("UID:atelier-1@example.org") && agenda.contains("UID:breizhpero-1@example.org"))
    }
}
