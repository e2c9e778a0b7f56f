import Foundation
import SiteBuild
import SiteModel
import SiteSource
import Testing
import TestSupport

/// The words of the addresses come from the site: the language's defaults, or site.yml's `paths:`.
@Suite struct URLWordsTests {
    static let event = """
        ---
        edition: 1
        title: First meetup
        date: 2026-12-03T19:00
        venue: room
        speakers:
          - name: Jane Doe
        tags: [community]
        ---
        Hello.
        """
    static let news = "---\ntitle: Welcome\ndate: 2026-11-02\ntags: [community]\n---\nHello.\n"
    static let venues = "room:\n  name: Meeting room\n"

    /// A content folder with `files` (paths under it), built with the default theme.
    static func build(_ files: [String: String]) throws -> (report: BuildReport, files: [String: Data]) {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let content = temporary.appendingPathComponent("content")
        for (path, text) in files {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let output = temporary.appendingPathComponent("output")
        let options = BuildOptions(contentDirectory: content, themeDirectory: FixturePaths.defaultTheme,
                                   outputDirectory: output, now: EventDate(year: 2026, month: 11, day: 23))
        let report = SiteBuilder(options: options, displayBase: temporary).build()
        return (report, FolderContents.read(output))
    }

    static func site(_ siteFile: String, series: String? = nil) -> [String: String] {
        var files = ["site.yml": siteFile, "editions/01-first.md": event, "news/2026-11-02-welcome.md": news,
                     "venues.yml": venues]
        if let series { files["series.yml"] = series }
        return files
    }

    @Test func anEnglishSiteHasEnglishWords() throws {
        let (report, files) = try Self.build(Self.site("title: Meetup\nbase_url: https://example.org\nlanguage: en-GB\n"))
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")
        for path in ["news/index.html", "news/welcome/index.html", "speakers/index.html", "speakers/jane-doe/index.html",
                     "topics/community/index.html", "venues/room/index.html"] {
            #expect(files[path] != nil, "\(path) is missing")
        }
        let everything = files.filter { !$0.key.hasPrefix("assets/") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for word in ["/actualites/", "/intervenants/", "/sujets/", "/lieux/"] {
            #expect(!everything.contains(word), "\(word) is still in the output")
        }
    }

    @Test func pathsOfSiteYmlReplaceTheDefaults() throws {
        let siteFile = "title: Apéro\nbase_url: https://example.org\nlanguage: fr\npaths:\n  news: blog\n  tags: themes\n"
        let (report, files) = try Self.build(Self.site(siteFile))
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")
        for path in ["blog/index.html", "blog/welcome/index.html", "themes/community/index.html",
                     "intervenants/jane-doe/index.html", "lieux/room/index.html"] {
            #expect(files[path] != nil, "\(path) is missing")
        }
        #expect(files["actualites/index.html"] == nil && files["sujets/community/index.html"] == nil)
        let feed = String(decoding: files["feed.xml"] ?? Data(), as: UTF8.self)
        #expect(feed.contains("https://example.org/blog/welcome/"))
    }

    @Test func badWordsAreErrorsWhereTheyAreWritten() throws {
        let siteFile = """
            title: Apéro
            base_url: https://example.org
            paths:
              news: Nouvelles Brèves
              speakers: gens
              tags: gens
              venues: assets

            """
        let (report, _) = try Self.build(Self.site(siteFile))
        let errors = report.diagnostics.filter(\.isError).map(\.description)
        #expect(errors == [
            "content/site.yml:4:9: error: paths word 'Nouvelles Brèves' of news is not a slug",
            "content/site.yml:6:9: error: paths word 'gens' is used by both speakers and tags",
            "content/site.yml:7:11: error: paths word 'assets' of venues would take /assets/, which the site already uses",
        ])
    }

    @Test func aWordThatASeriesFolderTakesIsAnErrorInSiteYml() throws {
        let siteFile = "title: Apéro\nbase_url: https://example.org\npaths:\n  news: ateliers\n"
        let series = "apero:\n  name: Apéro\n  folder: editions\natelier:\n  name: Ateliers\n  folder: ateliers\n"
        let (report, _) = try Self.build(Self.site(siteFile, series: series))
        let errors = report.diagnostics.filter(\.isError).map(\.description)
        #expect(errors == ["content/site.yml:4:9: error: paths word 'ateliers' is the folder of series 'atelier': both would be at /ateliers/"])

        // Without series.yml, the one series' folder is `editions`.
        let single = try Self.build(Self.site("title: Apéro\nbase_url: https://example.org\npaths:\n  tags: editions\n"))
        #expect(single.report.diagnostics.filter(\.isError).map(\.description)
                == ["content/site.yml:4:9: error: paths word 'editions' is the folder of series 'editions': both would be at /editions/"])

        // A default word keeps being reported in series.yml, as before.
        let french = try Self.build(Self.site("title: Apéro\nbase_url: https://example.org\n",
                                              series: "apero:\n  name: Apéro\n  folder: editions\nx:\n  name: X\n  folder: sujets\n"))
        #expect(french.report.diagnostics.filter(\.isError).map(\.description)
                == ["content/series.yml:6:11: error: folder 'sujets' of series 'x' would take the address /sujets/ the site already uses"])
    }
}
