import Foundation
import SiteModel
import SiteSource
import Testing

@Suite("content folder walking")
struct ContentFolderTests {
    @Test func refusesSymbolicLinksLeadingOutside() throws {
        let content = try TemporaryContent()
        let outside = content.base.appendingPathComponent("secret.txt")
        try Data("secret".utf8).write(to: outside)
        try FileManager.default.createDirectory(at: content.content.appendingPathComponent("static"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: content.content.appendingPathComponent("static/secret.txt").path,
                                                   withDestinationPath: "../../secret.txt")
        #expect(content.lines() == [
            "content/static/secret.txt:1:1: error: symbolic link to '../../secret.txt' leads outside the content folder",
        ])
    }

    @Test func followsSymbolicLinksInsideAndSkipsDSStore() throws {
        let content = try TemporaryContent(["static/img/logo.png": "png", "static/.DS_Store": "x",
                                            "static/img/.DS_Store": "x", "static/shared/a-propos.md": "---\ntitle: A propos\n---\n"])
        try FileManager.default.createDirectory(at: content.content.appendingPathComponent("pages"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: content.content.appendingPathComponent("pages/a-propos.md").path,
                                                   withDestinationPath: "../static/shared/a-propos.md")
        try FileManager.default.createSymbolicLink(atPath: content.content.appendingPathComponent("static/images").path,
                                                   withDestinationPath: "img")
        let result = content.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.site?.pages.map(\.slug) == ["a-propos"])
        #expect(result.site?.staticFiles == ["images/logo.png", "img/logo.png", "shared/a-propos.md"])
    }

    @Test func doesNotFollowALinkLoop() throws {
        let content = try TemporaryContent(["static/a/file.txt": "x"])
        try FileManager.default.createSymbolicLink(atPath: content.content.appendingPathComponent("static/a/up").path,
                                                   withDestinationPath: "..")
        let result = content.load()
        #expect(result.diagnostics.map(\.description) == [
            "content/static/a/up:1:1: warning: symbolic link loop: not followed",
        ])
        #expect(result.site?.staticFiles == ["a/file.txt"])
    }

    @Test func sortsEverythingWhateverTheFileOrder() throws {
        let content = try TemporaryContent()
        let files = [
            ("editions/10-dix.md", "---\nedition: 10\ntitle: Dix\ndate: 2012-01-11\n---\n"),
            ("editions/2-deux.md", "---\nedition: 2\ntitle: Deux\ndate: 2011-03-23\n---\n"),
            ("news/2013-10-b.md", "---\ntitle: B\ndate: 2013-10-05\n---\n"),
            ("news/2013-10-a.md", "---\ntitle: A\ndate: 2013-10-05\n---\n"),
            ("news/2014-01-c.md", "---\ntitle: C\ndate: 2014-01-02T09:00\n---\n"),
            ("pages/zeta.md", "---\ntitle: Zeta\nmenu: 1\n---\n"),
            ("pages/alpha.md", "---\ntitle: Alpha\n---\n"),
            ("pages/beta.md", "---\ntitle: Beta\nmenu: 1\n---\n"),
            ("static/b.txt", "b"), ("static/B.txt", "B"), ("static/a/z.txt", "z"),
        ]
        for (path, text) in files.reversed() { try content.write(path, text) }
        let first = content.load()
        let site = try #require(first.site)
        #expect(site.editions.map(\.number) == [2, 10])
        #expect(site.news.map(\.slug) == ["c", "a", "b"])
        #expect(site.pages.map(\.slug) == ["beta", "zeta", "alpha"])
        #expect(site.staticFiles == ["B.txt", "a/z.txt", "b.txt"])
        let second = content.load()
        #expect(second.site == first.site)
        #expect(second.diagnostics == first.diagnostics)
    }

    @Test func diagnosticsComeBackSorted() throws {
        let content = try TemporaryContent([
            "pages/b.md": "---\nmenu: x\n---\n", "pages/a.md": "---\nmenu: y\n---\n",
            "editions/01.md": "---\nedition: one\n---\n",
        ])
        let diagnostics = content.load().diagnostics
        #expect(diagnostics.count == 7)
        #expect(diagnostics == diagnostics.sorted())
    }
}
