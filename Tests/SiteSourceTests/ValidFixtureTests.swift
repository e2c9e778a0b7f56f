import Foundation
import SiteModel
import SiteSource
import Testing

@Suite("valid-minimal fixture")
struct ValidFixtureTests {
    let result = Fixtures.load("valid-minimal")

    @Test func loadsWithoutDiagnostics() {
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.site != nil)
    }

    @Test func readsSiteSettings() throws {
        let config = try #require(result.site?.config)
        #expect(config == SiteConfig(title: "Apéros du web", tagline: "Les apéros web de Quimper",
                                     baseURL: "https://www.example.org", language: "fr",
                                     timeZoneIdentifier: "Europe/Paris", organizer: "Silicon Kerne",
                                     eventDurationMinutes: 150, theme: "default", feedItems: 10, unsafeHTML: false))
    }

    @Test func sortsVenuesByKey() throws {
        let venues = try #require(result.site?.venues)
        #expect(venues == [
            Venue(key: "cantine", name: "Cantine numérique de Cornouaille", address: "Creach Gwen, Quimper",
                  url: "http://www.example.org/cantine", geo: GeoPoint(latitude: 47.98, longitude: -4.10)),
            Venue(key: "mjc", name: "Maison des jeunes"),
        ])
    }

    @Test func readsEveryEditionField() throws {
        let editions = try #require(result.site?.editions)
        #expect(editions.map(\.number) == [1, 2])
        let first = editions[0]
        #expect(first.title == "Le lancement")
        #expect(first.date == EventDate(year: 2011, month: 2, day: 23))
        #expect(first.end == nil)
        #expect(first.venue?.key == "cantine")
        #expect(first.speakers == [
            Speaker(name: "Sterenn Le Coz", affiliation: "Agence Web", url: "https://example.org/sterenn"),
            Speaker(name: "Ronan Chardonneau"),
        ])
        #expect(first.attendees == 20)
        #expect(first.tags == ["web", "Référencement"])
        #expect(first.status == .scheduled)
        #expect(first.summary == "Le tout premier apéro.")
        #expect(first.photos == [Photo(src: "/photos/bp01.jpg", alt: "La salle pleine", width: 12, height: 8,
                                       location: SourceLocation(path: "content/editions/01-lancement.md", line: 15, column: 10))])
        #expect(first.draft == false)
        #expect(first.sequence == 0)
        #expect(first.updated == nil)
        #expect(first.sourcePath == "editions/01-lancement.md")
        #expect(first.body.plainText.contains("apéro"))

        let second = editions[1]
        #expect(second.date == EventDate(year: 2011, month: 11, day: 10, hour: 19, minute: 0))
        #expect(second.end == EventDate(year: 2011, month: 11, day: 10, hour: 22, minute: 0))
        #expect(second.venue == Venue(name: "Bar du port", address: "Quai du port, Quimper"))
        #expect(second.status == .cancelled)
        #expect(second.draft)
        #expect(second.sequence == 2)
        #expect(second.updated == EventDate(year: 2011, month: 11, day: 1))
        #expect(second.summary == second.body.summaryText)
    }

    @Test func sortsNewsNewestFirstWithSlugsFromFileNames() throws {
        let news = try #require(result.site?.news)
        #expect(news.map(\.slug) == ["atelier", "ouverture"])
        #expect(news.map(\.date) == [EventDate(year: 2013, month: 11), EventDate(year: 2013, month: 10, day: 5)])
        #expect(news[1].author == "Christian Rogel")
        #expect(news[1].tags == ["cantine"])
        #expect(news[1].summary == "Ouverture de la Cantine.")
        #expect(news[1].sourcePath == "news/2013-10-05-ouverture.md")
    }

    @Test func sortsPagesByMenuThenSlug() throws {
        let pages = try #require(result.site?.pages)
        #expect(pages.map(\.slug) == ["coworking", "a-propos", "mentions-legales"])
        #expect(pages.map(\.menu) == [1, 2, nil])
        #expect(pages[2].title == "Mentions légales")
    }

    @Test func listsStaticFilesSorted() {
        #expect(result.site?.staticFiles == ["favicon.ico", "photos/bp01.jpg"])
    }
}
