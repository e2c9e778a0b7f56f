import Foundation
import Testing
import SiteModel
@testable import SiteBuild
import TestSupport

/// A build with any error writes nothing: the previous output stays exactly as it was.
@Suite struct FailedBuildTests {
    @Test func aBrokenDateLeavesThePreviousOutputAsItWas() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let site = temporary.appendingPathComponent("site")
        try FileManager.default.copyItem(at: FixturePaths.site("site-basic"), to: site)
        let output = temporary.appendingPathComponent("output")
        func build() -> BuildReport {
            let options = BuildOptions(contentDirectory: site.appendingPathComponent("content"),
                                       themeDirectory: FixturePaths.defaultTheme, outputDirectory: output,
                                       now: EndToEndTests.now)
            return SiteBuilder(options: options, displayBase: site).build()
        }
        #expect(build().succeeded)
        let before = FolderContents.read(output)

        let edition = site.appendingPathComponent("content/editions/02-referencement.md")
        let text = try String(contentsOf: edition, encoding: .utf8).replacingOccurrences(of: "date: 2011-11-10", with: "date: 2011-11-31")
        try text.write(to: edition, atomically: true, encoding: .utf8)
        let report = build()

        #expect(!report.succeeded)
        #expect(report.diagnostics.filter(\.isError).map(\.location) ==
                [SourceLocation(path: "content/editions/02-referencement.md", line: 4, column: 7)])
        #expect(FolderContents.read(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temporary.path).sorted()
        #expect(leftovers == ["output", "site"])
    }

    @Test func anOutputFolderKerneDidNotMakeIsRefused() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: output.appendingPathComponent("notes.txt"))
        let report = EndToEndTests.build("site-basic", into: output)
        #expect(!report.succeeded)
        #expect(report.errors.first?.contains("was not made by kerne") == true)
        #expect(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }
}
