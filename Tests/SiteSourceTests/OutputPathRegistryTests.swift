@testable import SiteSource
import SiteModel
import Testing

/// Editions' files are claimed by number, not by path: other claims must still clash with them
/// exactly when the path is one the edition writes.
@Suite struct OutputPathRegistryTests {
    static let location = SourceLocation(path: "content/static/x", line: 1, column: 1)
    static let series = EventSeries(key: "breizhpero", name: "Breizh’péro", folder: "editions")
    static let workshops = EventSeries(key: "atelier", name: "Ateliers", folder: "ateliers")

    func registryWithEdition(_ number: Int) -> OutputPathRegistry {
        var registry = OutputPathRegistry()
        let other = registry.claimEdition(number, of: Self.series, by: .init(label: "content/editions/04-seo.md"))
        #expect(other == nil)
        return registry
    }

    @Test(arguments: [4, 0, -3, 1_234_567])
    func anEditionsPageAndCalendarClash(_ number: Int) {
        for path in [String(Edition.path(folder: "editions", name: String(number)).dropFirst()) + "index.html",
                     String(Edition.calendarPath(folder: "editions", key: "breizhpero", name: String(number)).dropFirst())] {
            var registry = registryWithEdition(number)
            let claimed = registry.claim(path, by: .init(label: "content/static/" + path), at: Self.location)
            #expect(!claimed)
            #expect(registry.diagnostics.map(\.message) == ["output path '\(path)' clashes with content/editions/04-seo.md"])
        }
    }

    @Test(arguments: ["editions/04/index.html", "editions/+4/index.html", "editions/4/index.htm",
                      "editions/4/breizhpero-5.ics", "editions/4/photo.jpg", "editions/4/", "editions/4",
                      "editions/5/index.html", "editions//index.html",
                      "editions/4/index.html/x", "xeditions/4/index.html", "editions/99999999999999999999/index.html",
                      "ateliers/4/index.html", "ateliers/4/atelier-4.ics", "editions/4/atelier-4.ics"])
    func otherPathsUnderEditionsDoNot(_ path: String) {
        var registry = registryWithEdition(4)
        let claimed = registry.claim(path, by: .init(label: "content/static/" + path), at: Self.location)
        #expect(claimed)
        #expect(registry.diagnostics.isEmpty)
    }

    @Test func aSecondEditionWithTheSameNumberGetsTheFirstOwner() {
        var registry = registryWithEdition(4)
        let second = registry.claimEdition(4, of: Self.series, by: .init(label: "content/editions/04-bis.md"))
        #expect(second?.label == "content/editions/04-seo.md")
        let fifth = registry.claimEdition(5, of: Self.series, by: .init(label: "content/editions/05.md"))
        #expect(fifth == nil)
    }

    @Test func anotherSeriesMayHaveTheSameNumber() {
        var registry = registryWithEdition(4)
        let workshop = registry.claimEdition(4, of: Self.workshops, by: .init(label: "content/ateliers/04.md"))
        #expect(workshop == nil)
        let claimed = registry.claim("ateliers/4/atelier-4.ics", by: .init(label: "content/static/x"), at: Self.location)
        #expect(!claimed)
        #expect(registry.diagnostics.map(\.message) == ["output path 'ateliers/4/atelier-4.ics' clashes with content/ateliers/04.md"])
    }
}
