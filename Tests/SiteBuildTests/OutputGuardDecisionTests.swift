import Foundation
@testable import SiteBuild
import TestSupport
import Testing

/// The guard's decision as a function: `check()` only looks at folders, so asking it about `/`,
/// the parent folder or the home folder can do no harm even if the guard were broken, unlike a
/// real `kerne build --output / --force`.
@Suite struct OutputGuardDecisionTests {
    static func check(_ output: URL) throws(BuildError) {
        var options = BuildOptions(contentDirectory: Repository.fixture("site-basic").appendingPathComponent("content"),
                                   themeDirectory: Repository.defaultTheme, outputDirectory: output, now: EndToEndTests.now)
        options.replaceForeignOutput = true
        try OutputGuard(options: options, displayBase: Repository.root).check()
    }

    static func refusal(_ output: URL) -> String? {
        do throws(BuildError) {
            try check(output)
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: ["/", "/.", "/..", "//", "/tmp/.."])
    func theRootIsRefusedEvenWithForce(_ path: String) {
        let refusal = Self.refusal(URL(fileURLWithPath: path))
        #expect(refusal?.hasPrefix("refusing to use '") == true, "\(path): \(refusal ?? "accepted")")
        #expect(refusal?.contains("it is, or contains, the root") == true)
    }

    @Test func theParentOfTheCurrentFolderAndTheHomeFolderAreRefused() throws {
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let home = URL(fileURLWithPath: NSHomeDirectory())
        for output in [URL(fileURLWithPath: ".."), current.deletingLastPathComponent(), current, home,
                       home.deletingLastPathComponent()] {
            #expect(Self.refusal(output)?.contains("it is, or contains, the root, the home folder") == true, "\(output.path)")
        }
    }

    /// A link to `/` looks like any folder by its name.
    @Test func aLinkToTheRootIsRefused() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("looks-harmless")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/")
        #expect(Self.refusal(link)?.contains("it is, or contains, the root") == true)
    }

    /// So that the refusals above are the guard's decision, not a guard that refuses everything.
    @Test func anOrdinaryFolderIsAccepted() throws {
        let folder = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.refusal(folder.appendingPathComponent("output")) == nil)
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(Self.refusal(folder) == nil)
    }
}
