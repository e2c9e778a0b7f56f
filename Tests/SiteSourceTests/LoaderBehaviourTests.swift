import Foundation
import SiteModel
import SiteSource
import Testing

@Suite("loader behaviour")
struct LoaderBehaviourTests {
    static let edition = "---\nedition: 1\ntitle: Premier\ndate: 2011-02-23\n"

    @Test func acceptsBOMAndCRLFKeepingLineNumbers() throws {
        let text = Self.edition + "attendees: vingt\n---\nTexte.\n"
        let crlf = Data([0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let content = try TemporaryContent()
        try content.write("editions/01-premier.md", crlf)
        try content.write("pages/a-propos.md", Data([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: A propos\r\n---\r\nTexte.\r\n".utf8)))
        #expect(content.lines() == [
            "content/editions/01-premier.md:5:12: error: expected an integer >= 0 for 'attendees', found 'vingt'",
        ])
        try content.write("editions/01-premier.md", Data(text.replacingOccurrences(of: "attendees: vingt\n", with: "")
            .replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let site = try #require(content.load().site)
        #expect(site.editions.first?.title == "Premier")
        #expect(site.pages.first?.title == "A propos")
        #expect(site.pages.first?.body.plainText.contains("\r") == false)
    }

    @Test func reportsEveryProblemOfAFile() throws {
        let content = try TemporaryContent([
            "editions/01-premier.md": "---\nedition: 1\ntitle: Premier\ndate: 2011-02-30\nattendees: vingt\ndraft: oui\n---\n",
        ])
        #expect(content.lines() == [
            "content/editions/01-premier.md:4:7: error: invalid date '2011-02-30' for 'date'",
            "content/editions/01-premier.md:5:12: error: expected an integer >= 0 for 'attendees', found 'vingt'",
            "content/editions/01-premier.md:6:8: error: expected true or false for 'draft', found 'oui'",
        ])
    }

    @Test func reportsProblemsOfEveryFileInOneRun() throws {
        let content = try TemporaryContent([
            "editions/01-premier.md": Self.edition + "status: canceled\n---\n",
            "news/2013-10-ouverture.md": "---\ntitle: Ouverture\n---\n",
            "pages/a-propos.md": "---\nmenu: 1\n---\n",
        ], site: "title: Test\nbase_url: example.org\n")
        #expect(content.lines() == [
            "content/editions/01-premier.md:5:9: error: expected one of scheduled, cancelled, postponed for 'status', found 'canceled'",
            "content/news/2013-10-ouverture.md:1:1: error: missing required key 'date'",
            "content/pages/a-propos.md:1:1: error: missing required key 'title'",
            "content/site.yml:2:11: error: expected an absolute http(s) URL for 'base_url', found 'example.org'",
        ])
    }

    @Test func unknownKeyWarningSuggestsTheClosestKnownKey() throws {
        let content = try TemporaryContent(["editions/01-premier.md": Self.edition + "speaker: Ronan\nbidule: 1\n---\n"])
        let result = content.load()
        #expect(result.site != nil)
        #expect(result.diagnostics.map(\.description) == [
            "content/editions/01-premier.md:5:1: warning: unknown key 'speaker'",
            "content/editions/01-premier.md:6:1: warning: unknown key 'bidule'",
        ])
        #expect(result.diagnostics.map(\.hint) == ["did you mean 'speakers'?", nil])
    }

    @Test func refusesBillionLaughsQuickly() throws {
        var yaml = "lol0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            yaml += "lol\(level): &a\(level) [\(previous)]\n"
        }
        let content = try TemporaryContent(["editions/01-lol.md": Self.edition + yaml + "---\n"])
        let clock = ContinuousClock()
        let start = clock.now
        let lines = content.lines()
        // Expanding the aliases would make 9^10 nodes (hours, gigabytes); refusing them takes
        // milliseconds. A limit this far from both holds under the sanitizers and a busy machine.
        #expect(clock.now - start < .seconds(60))
        #expect(lines == [
            "content/editions/01-lol.md:5:7: error: YAML anchors and aliases (&name, *name) are not supported: write the value out",
        ])
    }

    @Test func survivesDeepNesting() throws {
        let deep = String(repeating: "[", count: 100_000)
        let content = try TemporaryContent(["editions/01-deep.md": Self.edition + "summary: " + deep + "\n---\n"])
        #expect(content.lines() == ["content/editions/01-deep.md:5:11: error: YAML nested too deeply (more than 64 levels)"])
    }

    @Test func missingContentFolderIsAnError() {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kerne-missing-\(UUID().uuidString)")
        let result = SiteLoader(contentDirectory: base.appendingPathComponent("content"), displayBase: base).load()
        #expect(result.diagnostics.map(\.description) == ["content:1:1: error: content folder not found"])
        #expect(result.site == nil)
    }

    @Test func printsAbsolutePathsWithoutDisplayBase() throws {
        let content = try TemporaryContent(["pages/a-propos.md": "---\n---\n"])
        let result = SiteLoader(contentDirectory: content.content).load()
        let path = content.content.appendingPathComponent("pages/a-propos.md").standardizedFileURL.path
        #expect(result.diagnostics.map(\.description) == ["\(path):1:1: error: missing required key 'title'"])
    }
}

extension LoaderBehaviourTests {
    @Test func aBrokenVenueIsReportedOnlyWhereItIsWritten() throws {
        let content = try TemporaryContent([
            "venues.yml": "cantine:\n  address: Quimper\n",
            "editions/01-premier.md": Self.edition + "venue: cantine\n---\n",
        ])
        #expect(content.lines() == ["content/venues.yml:2:3: error: missing required key 'name'"])
    }
}
