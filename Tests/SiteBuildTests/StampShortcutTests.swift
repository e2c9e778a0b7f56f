import Foundation
@testable import IncrementalBuild
@testable import SiteBuild
import TestSupport
import Testing

/// Every other rebuild of the tests runs within 2 seconds of the last change of its content,
/// where a file's stamp does not vouch for its bytes and every file is read again. Here the
/// content is older than that, so the rebuild takes the shortcut: it trusts the stamps of the
/// files that did not change, reads only the edited ones, and must give what a clean build gives.
@Suite struct StampShortcutTests {
    @Test func aRebuildThatTrustsOldStampsEqualsACleanBuild() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        // Modification times can be set back; change times cannot, so the test waits them out.
        let old = Date().addingTimeInterval(-3_600)
        for path in try FileManager.default.subpathsOfDirectory(atPath: site.content.path) {
            try FileManager.default.setAttributes([.modificationDate: old],
                                                  ofItemAtPath: site.content.appendingPathComponent(path).path)
        }
        Thread.sleep(forTimeInterval: Double(InputSnapshot.racyWindow) / 1e9 + 0.5)
        #expect(site.build().succeeded)
        #expect(FolderContents.read(site.output) == (try site.cleanBuild()))

        try site.replace("title:", with: "title: Changé", in: site.content.appendingPathComponent("editions/02-referencement.md"))
        try site.append("\nUn paragraphe de plus.\n", to: "news/2013-10-ouverture.md")
        #if os(Linux)
        let watched = try OpenedFiles(["editions", "news", "pages"], under: site.content)
        #endif
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")
        #if os(Linux)
        // Only the edited files were read: the others' stamps were trusted.
        #expect(watched.drain() == ["editions/02-referencement.md", "news/2013-10-ouverture.md"])
        #endif
        let rebuilt = FolderContents.read(site.output)
        #expect(rebuilt == (try site.cleanBuild()))
        #expect(String(decoding: rebuilt["editions/2/index.html"] ?? Data(), as: UTF8.self).contains("Changé"))
    }
}
