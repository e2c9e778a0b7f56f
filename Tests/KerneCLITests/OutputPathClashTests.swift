import Foundation
import Testing
import TestSupport

/// Two sources that would write the same output file: an error naming both, and nothing written.
@Suite struct OutputPathClashTests {
    static let edition = "---\nedition: 1\ntitle: Premier\ndate: 2011-02-23\nspeakers:\n  - name: Anne Ar Gall\ntags: [web]\n---\nTexte.\n"

    struct Case: Sendable, CustomTestStringConvertible {
        var staticFile: String
        var owner: String
        var testDescription: String { staticFile }
    }

    @Test(arguments: [
        Case(staticFile: "editions/1/index.html", owner: "content/editions/01-premier.md"),
        Case(staticFile: "editions/1/editions-1.ics", owner: "content/editions/01-premier.md"),
        Case(staticFile: "a-propos/index.html", owner: "content/pages/a-propos.md"),
        Case(staticFile: "actualites/ouverture/index.html", owner: "content/news/2013-10-05-ouverture.md"),
        Case(staticFile: "intervenants/anne-ar-gall/index.html", owner: "the speaker page /intervenants/anne-ar-gall/"),
        Case(staticFile: "sujets/web/index.html", owner: "the tag page /sujets/web/"),
        Case(staticFile: "index.html", owner: "the generated home page"),
    ])
    func aStaticFileCannotTakeAGeneratedFilesPlace(_ clash: Case) throws {
        let site = try ScratchSite([
            "editions/01-premier.md": Self.edition,
            "pages/a-propos.md": "---\ntitle: À propos\n---\nTexte.\n",
            "news/2013-10-05-ouverture.md": "---\ntitle: Ouverture\ndate: 2013-10-05\n---\nTexte.\n",
            "static/" + clash.staticFile: "<p>static</p>",
        ])
        for arguments in [["check"], ["build", "--output", "out"]] {
            let result = try KerneProcess.run(arguments, in: site.root)
            #expect(result.status == 1)
            #expect(result.standardError.contains(
                "content/static/\(clash.staticFile):1:1: error: output path '\(clash.staticFile)' clashes with \(clash.owner)"),
                "\(result.standardError)")
        }
        #expect(try site.entries() == ["content", "themes"])
    }

    @Test func aStaticFileCannotTakeAThemeAssetsPlace() throws {
        let site = try ScratchSite(["editions/01-premier.md": Self.edition])
        #expect(try site.kerne("build", "--output", "out").status == 0)
        let asset = try #require(site.tree("out").keys.first { $0.hasPrefix("assets/") && $0.hasSuffix(".css") })
        try site.write("static/" + asset, "body {}")
        let result = try site.kerne("build", "--output", "out")
        #expect(result.status == 1)
        #expect(result.standardError.contains("content/static/\(asset): error: this static file would replace the generated '\(asset)'"),
                "\(result.standardError)")
    }

    @Test func twoNewsFilesWithTheSameSlugNameBothFiles() throws {
        let site = try ScratchSite([
            "news/2013-10-05-ouverture.md": "---\ntitle: Ouverture\ndate: 2013-10-05\n---\nTexte.\n",
            "news/2014-01-ouverture.md": "---\ntitle: Réouverture\ndate: 2014-01\n---\nTexte.\n",
        ])
        let result = try site.kerne("check")
        #expect(result.status == 1)
        #expect(result.standardError.contains(
            "content/news/2014-01-ouverture.md:1:1: error: output path 'actualites/ouverture/index.html' clashes with content/news/2013-10-05-ouverture.md"))
    }
}
