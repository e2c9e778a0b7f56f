import Foundation
import SiteModel
import Testing

/// series.yml read into the site's series, and each event into its series with its number or slug.
@Suite struct SeriesLoadingTests {
    static let event = "---\ntitle: Titre\ndate: 2013-10-29T18:00\n---\nTexte.\n"

    @Test func withoutSeriesYAMLTheSiteHasOneNumberedSeriesNamedAfterIt() throws {
        let content = try TemporaryContent(["editions/01.md": "---\nedition: 1\ntitle: Un\ndate: 2011-02-23\n---\nTexte.\n"])
        let site = try #require(content.load().site)
        #expect(site.series == [EventSeries(key: "editions", name: "Test", folder: "editions")])
        #expect(site.editions.map(\.calendarPath) == ["/editions/1/editions-1.ics"])
    }

    @Test func seriesKeepTheirOrderAndDefaults() throws {
        let content = try TemporaryContent([
            "series.yml": "breizhpero:\n  name: Breizh'péro\n  folder: editions\ncantine:\n  name: À la Cantine\n  numbered: false\n  venue: cantine\n  description: Les rendez-vous.\n",
            "venues.yml": "cantine:\n  name: Cantine numérique\n",
        ])
        let site = try #require(content.load().site)
        #expect(site.series.map(\.key) == ["breizhpero", "cantine"])
        #expect(site.series.map(\.folder) == ["editions", "cantine"])
        #expect(site.series.map(\.numbered) == [true, false])
        #expect(site.series[0].name == "Breizh’péro")
        #expect(site.series[1].venue == "cantine")
    }

    @Test func anUnnumberedEventIsNamedByItsFileNameAndTakesTheSeriesVenue() throws {
        let content = try TemporaryContent([
            "series.yml": "cantine:\n  name: À la Cantine\n  numbered: false\n  venue: cantine\n",
            "venues.yml": "cantine:\n  name: Cantine numérique\n",
            "cantine/2013-10-29-pixel-pero.md": Self.event,
            "cantine/2013-11-inauguration.md": Self.event,
            "cantine/Portes Ouvertes.md": Self.event,
        ])
        let result = content.load()
        #expect(result.diagnostics.isEmpty)
        let site = try #require(result.site)
        #expect(site.editions.map(\.slug) == ["inauguration", "pixel-pero", "portes-ouvertes"])
        #expect(site.editions.map(\.path) == ["/cantine/inauguration/", "/cantine/pixel-pero/", "/cantine/portes-ouvertes/"])
        #expect(site.editions.map(\.id.text) == ["cantine-inauguration", "cantine-pixel-pero", "cantine-portes-ouvertes"])
        #expect(site.editions.allSatisfy { $0.venue?.name == "Cantine numérique" })
        #expect(site.editions[1].heading == "Titre")
    }

    @Test func twoNumberedSeriesMayShareNumbers() throws {
        let one = "---\nedition: 1\ntitle: Un\ndate: 2011-02-23\n---\nTexte.\n"
        let content = try TemporaryContent([
            "series.yml": "breizhpero:\n  name: Breizh'péro\n  folder: editions\natelier:\n  name: Ateliers\n  folder: ateliers\n",
            "editions/01.md": one, "ateliers/01.md": one,
        ])
        let site = try #require(content.load().site)
        #expect(site.editions.map(\.path) == ["/editions/1/", "/ateliers/1/"])
        #expect(site.editions.map(\.heading) == ["Breizh’péro #1", "Ateliers #1"])
    }

    @Test func twoFileNamesGivingOneSlugClash() throws {
        let content = try TemporaryContent([
            "series.yml": "cantine:\n  name: À la Cantine\n  numbered: false\n",
            "cantine/2013-10-29-pixel-pero.md": Self.event,
            "cantine/pixel-pero.md": Self.event,
        ])
        #expect(content.lines() == [
            "content/cantine/pixel-pero.md:1:1: error: output path 'cantine/pixel-pero/index.html' clashes with content/cantine/2013-10-29-pixel-pero.md",
        ])
    }
}
