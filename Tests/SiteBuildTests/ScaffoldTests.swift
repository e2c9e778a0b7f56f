import Foundation
import SiteModel
import SiteSource
import Testing
@testable import SiteBuild

/// `kerne new`: next number, file names, templates that load without a diagnostic.
@Suite struct ScaffoldTests {
    @Test func theNextNumberIsOneMoreThanTheHighest() {
        #expect(EditionScaffold.nextNumber(after: []) == 1)
        #expect(EditionScaffold.nextNumber(after: [3, 20, 7]) == 21)
    }

    @Test func fileNamesAreTheNumberAndTheSlugOfTheTitle() {
        #expect(EditionScaffold.fileName(number: 4, title: "Référencement & SEO") == "04-referencement-seo.md")
        #expect(EditionScaffold.fileName(number: 21, title: "L'accessibilité du web") == "21-l-accessibilite-du-web.md")
        #expect(EditionScaffold.fileName(number: 21, title: "!!!") == nil)
        let long = EditionScaffold.fileName(number: 30, title: String(repeating: "quimper ", count: 20)) ?? ""
        #expect(long == "30-" + Array(repeating: "quimper", count: 6).joined(separator: "-") + ".md")
        #expect(NewsScaffold.fileName(date: EventDate(year: 2013, month: 10, day: 29), title: "La Cantine ouvre !")
                == "2013-10-29-la-cantine-ouvre.md")
        #expect(NewsScaffold.fileName(date: EventDate(year: 2013, month: 10, day: 29, hour: 18, minute: 0), title: "Ouverture")
                == "2013-10-29-ouverture.md")
        #expect(NewsScaffold.fileName(date: EventDate(year: 2013, month: 10), title: "Ouverture") == "2013-10-ouverture.md")
    }

    @Test func withoutADateAnEditionIsPlannedForNextMonth() {
        #expect(EditionScaffold.defaultDate(today: EventDate(year: 2013, month: 11, day: 15)) == EventDate(year: 2013, month: 12))
        #expect(EditionScaffold.defaultDate(today: EventDate(year: 2013, month: 12, day: 31)) == EventDate(year: 2014, month: 1))
    }

    @Test func speakersAreANameThenAnOrganisationAfterTheFirstComma() {
        #expect(EditionScaffold.Speaker.parse("Sterenn Le Coz, Evernet, Quimper")
                == .init(name: "Sterenn Le Coz", affiliation: "Evernet, Quimper"))
        #expect(EditionScaffold.Speaker.parse(" Jean ") == .init(name: "Jean"))
        #expect(EditionScaffold.Speaker.parse("Jean,") == .init(name: "Jean"))
        #expect(EditionScaffold.Speaker.parse(", Evernet") == nil)
    }

    @Test func theEditionTemplateHasTheRequiredKeysAndTheOthersAsComments() {
        let text = EditionScaffold.text(number: 21, title: "Design : tendances", date: EventDate(year: 2014, month: 2),
                                        speakers: [.init(name: "Jean", affiliation: "#1 Agence")], venueKeys: ["cantine", "mjc"],
                                        words: Self.words("en"))
        #expect(text.hasPrefix("---\nedition: 21\ntitle: \"Design : tendances\"\ndate: 2014-02\n"))
        #expect(text.contains("speakers:\n  - name: Jean\n    affiliation: \"#1 Agence\"\n"))
        #expect(text.contains("# venue: cantine                  a key of venues.yml (cantine, mjc), or {name: ..., address: ...}\n"))
        for key in ["end", "attendees", "tags", "photos", "status", "summary", "previous_date", "updated"] {
            #expect(text.contains("\n# \(key): "), "\(key)")
        }
        #expect(text.hasSuffix("\n---\n"))
        let announced = EditionScaffold.text(number: 21, title: "t", date: EventDate(year: 2014, month: 2),
                                             published: EventDate(year: 2013, month: 12, day: 7), words: Self.words("fr"))
        #expect(announced.hasPrefix("---\nedition: 21\ntitle: t\ndate: 2014-02\npublished: 2013-12-07 "))
        #expect(announced.contains("# venue: salle                    une clé de venues.yml, ou {name: ..., address: ...}\n"))
        #expect(announced.contains("#   - name: Prénom Nom\n"))
        #expect(!text.contains("Prénom") && !text.contains("accessibilité"), "an English site gets English examples")
    }

    /// The built-in theme's words, as `kerne new` reads them for a site in `language`.
    static func words(_ language: String) -> InterfaceWords {
        ThemeWords.words(from: EmbeddedTheme.theme.strings, language: language) ?? InterfaceWords()
    }

    @Test func yamlTextIsPlainOnlyWhenItReadsBackUnchanged() {
        #expect(YAMLScalar.text("L'accessibilité du web") == "L'accessibilité du web")
        #expect(YAMLScalar.text("Design : tendances") == "\"Design : tendances\"")
        #expect(YAMLScalar.text("- liste") == "\"- liste\"")
        #expect(YAMLScalar.text("yes") == "\"yes\"")
        #expect(YAMLScalar.text("2048") == "\"2048\"")
        #expect(YAMLScalar.text("dit \"bonjour\" # \\") == "\"dit \\\"bonjour\\\" # \\\\\"")
        #expect(YAMLScalar.text("a\u{7}b") == "\"a\\u0007b\"")
    }

    @Test func editionNumbersAreReadFromFrontMattersNotFileNames() throws {
        let folder = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\nedition: 7\n---\n".write(to: folder.appendingPathComponent("99-x.md"), atomically: true, encoding: .utf8)
        try "---\nedition: \"12\"   # quoted\n---\n".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: no number\n---\nedition: 40\n".write(to: folder.appendingPathComponent("50-b.md"), atomically: true, encoding: .utf8)
        try "edition: 60\n".write(to: folder.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
        #expect(ContentScan.editionNumbers(in: folder).sorted() == [7, 12])
    }

    @Test func theTimeZoneAndVenueKeysAreReadWithoutTheLoader() throws {
        let folder = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site.yml")
        try "title: x\ntimezone: 'America/New_York'   # east\n".write(to: site, atomically: true, encoding: .utf8)
        #expect(ContentScan.timeZone(ofSiteFile: site).identifier == "America/New_York")
        #expect(ContentScan.timeZone(ofSiteFile: folder.appendingPathComponent("none.yml")).identifier == "Europe/Paris")
        let venues = folder.appendingPathComponent("venues.yml")
        try "mjc:\n  name: MJC\n# old: x\ncantine:\n  name: Cantine\n".write(to: venues, atomically: true, encoding: .utf8)
        #expect(ContentScan.venueKeys(ofFile: venues) == ["cantine", "mjc"])
    }

    @Test func scaffoldedFilesPassTheCheckAsWrittenAndLoadWithTheirValues() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        try FileManager.default.copyItem(at: FixturePaths.site("valid-minimal"), to: temporary.appendingPathComponent("site"))
        let content = temporary.appendingPathComponent("site/content")
        let scaffolder = Scaffolder(contentDirectory: content, displayBase: temporary.appendingPathComponent("site"))
        let title = "L'accessibilité : « pour tous » #1"
        let edition = try scaffolder.newEdition(title: title, date: EventDate(year: 2014, month: 2, day: 13, hour: 19, minute: 0),
                                                speakers: [.init(name: "Jean: le retour", affiliation: "Agence, Quimper")])
        #expect(scaffolder.displayPath(edition) == "content/editions/03-l-accessibilite-pour-tous-1.md")
        let bare = try scaffolder.newEdition(title: nil, date: EventDate(year: 2014, month: 3), speakers: [])
        #expect(bare.lastPathComponent == "04-sujet-a-definir.md")
        let news = try scaffolder.newNews(title: "Nouveau : la Cantine", date: EventDate(year: 2014, month: 1, day: 2))
        #expect(news.lastPathComponent == "2014-01-02-nouveau-la-cantine.md")

        let options = BuildOptions(contentDirectory: content, themeDirectory: FixturePaths.defaultTheme,
                                   outputDirectory: temporary.appendingPathComponent("output"),
                                   now: EventDate(year: 2014, month: 1, day: 10))
        let report = SiteBuilder(options: options, displayBase: temporary).check()
        #expect(report.succeeded)
        // Only what is still to be written of an event to come.
        #expect(report.diagnostics.map(\.message) == [
            "edition 3 is upcoming but has no venue: calendars and search engines cannot announce it fully",
            "edition 4 is upcoming but has no day, no time, no venue: calendars and search engines cannot announce it fully",
        ])
        let site = try #require(SiteLoader(contentDirectory: content).load().site)
        let loaded = try #require(site.editions.first { $0.number == 3 })
        #expect(loaded.speakers.map(\.name) == ["Jean: le retour"])
        #expect(loaded.speakers.first?.affiliation == "Agence, Quimper")
        #expect(loaded.date == EventDate(year: 2014, month: 2, day: 13, hour: 19, minute: 0))
        #expect(site.news.contains { $0.slug == "nouveau-la-cantine" })
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        try FileManager.default.createDirectory(at: temporary.appendingPathComponent("news"), withIntermediateDirectories: true)
        let existing = temporary.appendingPathComponent("news/2014-01-02-ouverture.md")
        try "mine".write(to: existing, atomically: true, encoding: .utf8)
        let scaffolder = Scaffolder(contentDirectory: temporary, displayBase: temporary)
        #expect(throws: BuildError.self) { try scaffolder.newNews(title: "Ouverture", date: EventDate(year: 2014, month: 1, day: 2)) }
        do {
            _ = try scaffolder.newNews(title: "Ouverture", date: EventDate(year: 2014, month: 1, day: 2))
        } catch {
            #expect(error.description == "'news/2014-01-02-ouverture.md' already exists; it was left as it was")
        }
        #expect(try String(contentsOf: existing, encoding: .utf8) == "mine")
    }
}
