import Foundation
import SiteBuild
import SiteModel
import Testing
import TestSupport

/// A language is a file of the theme, not code: a theme that extends the default one and adds
/// `strings/de.yml` makes a German site; without that file, the build says what is missing.
@Suite struct LanguageTests {
    static let site = "title: Brest Web\nbase_url: https://example.org\nlanguage: de\ntheme: deutsch\n"

    /// The content of `URLWordsTests` in German, built with the theme `deutsch` made of `files`.
    static func build(theme files: [String: String]) throws -> (report: BuildReport, files: [String: Data]) {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let content = temporary.appendingPathComponent("content")
        let themes = temporary.appendingPathComponent("themes")
        let written = [content: ["site.yml": site, "editions/01-first.md": URLWordsTests.event,
                                 "news/2026-11-02-welcome.md": URLWordsTests.news, "venues.yml": URLWordsTests.venues],
                       themes.appendingPathComponent("deutsch"): files]
        for (folder, texts) in written {
            for (path, text) in texts {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }
        let options = BuildOptions(contentDirectory: content, themeDirectory: themes.appendingPathComponent("deutsch"),
                                   outputDirectory: temporary.appendingPathComponent("output"),
                                   now: EventDate(year: 2026, month: 11, day: 23))
        let report = SiteBuilder(options: options, displayBase: temporary).build()
        return (report, FolderContents.read(temporary.appendingPathComponent("output")))
    }

    @Test func aGermanFileMakesAGermanSite() throws {
        // English's file with German words where this test looks: every other key as in English.
        var german = try String(contentsOf: Repository.defaultTheme.appendingPathComponent("strings/en.yml"), encoding: .utf8)
        for (key, text) in [("menu_home", "Startseite"), ("date_day", "{weekday}, {day}. {month} {year}"),
                            ("date_time", "{date} um {time}"), ("time", "{hour2}:{minute} Uhr"),
                            ("time_on_the_hour", "{hour2}:{minute} Uhr"), ("locale", "de_DE")] {
            german = german.replacingOccurrences(of: try #require(german.firstMatch(of: try Regex("\n\(key): [^\n]*"))).0,
                                                 with: "\n\(key): \"\(text)\"")
        }
        german = german.replacingOccurrences(of: "[January, February, March, April, May, June, July, August, September, October, November, December]",
                                             with: "[Januar, Februar, März, April, Mai, Juni, Juli, August, September, Oktober, November, Dezember]")
        german = german.replacingOccurrences(of: "[Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday]",
                                             with: "[Sonntag, Montag, Dienstag, Mittwoch, Donnerstag, Freitag, Samstag]")
        let built = try Self.build(theme: ["theme.yml": "extends: default\n", "strings/de.yml": german])
        #expect(built.report.succeeded, "\(built.report.errors)")
        let page = String(decoding: try #require(built.files["editions/1/index.html"]), as: UTF8.self)
        #expect(page.contains("<html lang=\"de\">") && page.contains(">Startseite</a>"))
        #expect(page.contains("Donnerstag, 3. Dezember 2026 um 19:00 Uhr"))
        #expect(page.contains("content=\"de_DE\""))
        // Addresses: a language other than French gets the English words.
        #expect(built.files["news/welcome/index.html"] != nil && built.files["speakers/jane-doe/index.html"] != nil)
    }

    @Test func aLanguageTheThemeLacksIsAnErrorNamingTheFileToAdd() throws {
        let built = try Self.build(theme: ["theme.yml": "extends: default\n"])
        #expect(!built.report.succeeded)
        #expect(built.report.errors.contains {
            $0.contains("themes/deutsch/strings: error: the theme has no words for the language 'de' of site.yml (it has: en, en-GB, fr); add themes/deutsch/strings/de.yml")
        }, "\(built.report.errors)")

        let partial = try Self.build(theme: ["theme.yml": "extends: default\n", "strings/de.yml": "menu_home: Startseite\n"])
        #expect(partial.report.errors.contains { $0.contains("themes/deutsch/strings: error: no text for 'months', 'months_short'") },
                "\(partial.report.errors)")
    }
}
