import Foundation
import SiteModel
import SiteSource
import Testing
@testable import SiteBuild

/// `kerne new event --series KEY`: the series' next number or a slug from the title, in its folder,
/// and a file the loader reads into that series without a diagnostic.
@Suite struct SeriesScaffoldTests {
    static let seriesYAML = "breizhpero:\n  name: Breizh'péro\n  folder: editions\natelier:\n  name: Ateliers\n  folder: ateliers\ncantine:\n  name: À la Cantine\n  numbered: false\n"

    func site() throws -> URL {
        let root = try FixturePaths.temporaryDirectory().appendingPathComponent("content")
        for (path, text) in ["site.yml": "title: Test\nbase_url: https://example.org\n", "series.yml": Self.seriesYAML,
                             "editions/07-sept.md": "---\nedition: 7\ntitle: Sept\ndate: 2013-01-10\n---\nTexte.\n",
                             "ateliers/02-deux.md": "---\nedition: 2\ntitle: Deux\ndate: 2013-01-10\n---\nTexte.\n"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func eachSeriesGetsItsOwnNextNumberOrASlug() throws {
        let content = try site()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let scaffolder = Scaffolder(contentDirectory: content, displayBase: content.deletingLastPathComponent())
        let date = EventDate(year: 2013, month: 12, day: 5, hour: 18, minute: 30)
        let workshop = try scaffolder.newEvent(series: "atelier", title: "Arduino", date: date, speakers: [])
        let oneOff = try scaffolder.newEvent(series: "cantine", title: "Portes ouvertes", date: date, speakers: [])
        let edition = try scaffolder.newEdition(title: "Huit", date: date, speakers: [])
        #expect([workshop, oneOff, edition].map(scaffolder.displayPath)
                == ["content/ateliers/03-arduino.md", "content/cantine/2013-12-05-portes-ouvertes.md", "content/editions/08-huit.md"])
        #expect(!(try String(contentsOf: oneOff, encoding: .utf8)).contains("edition:"))

        let loaded = SiteLoader(contentDirectory: content).load()
        #expect(loaded.diagnostics.filter(\.isError).isEmpty, "\(loaded.diagnostics)")
        let ids = loaded.site?.editions.map(\.id.text) ?? []
        #expect(ids == ["breizhpero-7", "breizhpero-8", "atelier-2", "atelier-3", "cantine-portes-ouvertes"])
    }

    @Test func anUnknownSeriesIsRefusedWithTheKnownKeys() throws {
        let content = try site()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let scaffolder = Scaffolder(contentDirectory: content)
        let error = #expect(throws: BuildError.self) {
            try scaffolder.newEvent(series: "nope", title: nil, date: EventDate(year: 2014, month: 1), speakers: [])
        }
        #expect(error?.description == "no series 'nope' in series.yml (series: breizhpero, atelier, cantine)")
    }
}
