import Foundation
import Testing
import TestSupport

/// `kerne build --output X` never replaces a folder that holds something else than a site it made.
@Suite struct OutputGuardTests {
    static let edition = "---\nedition: 1\ntitle: Premier\ndate: 2011-02-23\n---\nTexte.\n"

    /// Output folders that are, or contain, something precious; `--force` does not change that.
    /// Each is inside the scratch site, so that a broken guard would harm nothing: `/` and the
    /// folder above the site are asked of the guard as a function (`OutputGuardDecisionTests`).
    @Test(arguments: ["home", ".", "content", "content/..", "themes", "themes/default", "content/static/out",
                      "themes/default/assets/out"])
    func aProtectedFolderIsRefused(_ output: String) throws {
        let site = try ScratchSite(["editions/01-premier.md": Self.edition])
        try FileManager.default.createDirectory(at: site.url("home"), withIntermediateDirectories: true)
        let before = site.tree(".")
        for force in [false, true] {
            var arguments = ["build", "--output", output, "--now", "2013-11-15", "--quiet"]
            if force { arguments.append("--force") }
            let result = try KerneProcess.run(arguments, in: site.root, environment: ["HOME": site.url("home").path])
            #expect(result.status == 1)
            #expect(result.standardError.contains("kerne: error: refusing to use '"), "\(result.standardError)")
        }
        #expect(site.tree(".") == before)
    }

    @Test func aFileIsNotReplacedByTheOutputFolder() throws {
        let site = try ScratchSite(["editions/01-premier.md": Self.edition])
        try Data("keep me".utf8).write(to: site.url("notes"))
        let result = try site.kerne("build", "--output", "notes", "--force")
        #expect(result.status == 1)
        #expect(result.standardError.contains("refusing to replace '\(site.url("notes").path)': it is a file, not a folder"))
        #expect(try String(contentsOf: site.url("notes"), encoding: .utf8) == "keep me")
    }

    @Test func aFolderKerneDidNotMakeIsReplacedOnlyWithForce() throws {
        let site = try ScratchSite(["editions/01-premier.md": Self.edition])
        try FileManager.default.createDirectory(at: site.url("public"), withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: site.url("public/notes.txt"))

        let refused = try site.kerne("build", "--output", "public")
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("was not made by kerne"))
        #expect(refused.standardError.contains("--force"))
        #expect(site.tree("public") == ["notes.txt": Data("keep me".utf8)])

        let forced = try site.kerne("build", "--output", "public", "--force")
        #expect(forced.status == 0, "\(forced.standardError)")
        let tree = site.tree("public")
        #expect(tree["notes.txt"] == nil)
        #expect(tree[".kerne-output"] != nil)
        #expect(tree["editions/1/index.html"] != nil)
        #expect(try site.entries() == ["content", "public", "themes"])
    }

    @Test func anEmptyFolderOrAnOutputKerneMadeIsReplacedWithoutForce() throws {
        let site = try ScratchSite(["editions/01-premier.md": Self.edition])
        try FileManager.default.createDirectory(at: site.url("out"), withIntermediateDirectories: true)
        #expect(try site.kerne("build", "--output", "out").status == 0)
        try site.write("editions/02-second.md", "---\nedition: 2\ntitle: Second\ndate: 2011-03\n---\nTexte.\n")
        #expect(try site.kerne("build", "--output", "out").status == 0)
        #expect(site.tree("out")["editions/2/index.html"] != nil)
    }
}
