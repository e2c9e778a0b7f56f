import Foundation
import Testing
import TestSupport

/// An English site made with `kerne init`, given events (held, cancelled, to come), speakers,
/// tags, venues and news: not one word of French, no French address and nothing of the
/// Breizh'péro anywhere in its pages, feeds and calendars.
@Suite struct EnglishSiteTests {
    /// Words only the French interface writes.
    static let frenchWords = [
        "Accueil", "Éditions", "édition", "Actualité", "ctualités", "ntervenant", "Annulé", "Reporté", "Avec",
        "Toutes", "Prochain", "Sujet", "Lieu", "Participation", "participant", "Suivre", "Flux", "Aller au contenu",
        "Voir sur", "Retour", "Erreur", "Organisé", "Nouvelle date", "abonner", "télécharger", "depuis", "introuvable",
        "janvier", "février", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "«", "»", "\u{202F}",
    ]
    static let frenchAddresses = ["actualites", "intervenants", "sujets", "lieux", "editions"]
    static let otherSite = ["Breizh", "breizhpero", "Silicon", "Quimper", "Cornouaille"]

    @Test func anEnglishSiteHasNoFrenchWordAndNothingOfTheRealSite() throws {
        let root = try KerneProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let made = try KerneProcess.run(["init", "site", "--title", "Brest Web Meetup", "--language", "en-GB",
                                         "--timezone", "Europe/London", "--base-url", "https://example.org/"], in: root)
        #expect(made.status == 0, "\(made.standardError)")
        let site = root.appendingPathComponent("site")
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/venues.yml"))
        for path in ["events/02-accessible-forms.md", "events/03-design-systems.md", "events/04-static-sites.md",
                     "news/2026-10-20-new-venue.md", "venues.yml"] {
            try FileManager.default.copyItem(at: Repository.fixture("english-additions/content/" + path),
                                             to: site.appendingPathComponent("content/" + path))
        }
        let build = try KerneProcess.run(["build", "--quiet", "--now", "2026-12-01"], in: site)
        #expect(build.status == 0, "\(build.standardError)")

        let output = site.appendingPathComponent("output")
        let texts = FolderContents.read(output).filter { path, _ in
            [".html", ".xml", ".json", ".ics", ".txt"].contains { path.hasSuffix($0) }
        }.mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(texts.count > 20, "pages, feeds and calendars were written")
        for (path, text) in texts.sorted(by: { $0.key < $1.key }) {
            for word in Self.frenchWords + Self.otherSite where text.contains(word) {
                Issue.record("\(path) contains « \(word) »")
            }
            for word in Self.frenchAddresses where path.hasPrefix(word + "/") || text.contains("/\(word)/") {
                Issue.record("\(path) uses the French address word '\(word)'")
            }
        }

        // The words, dates, plurals and typography of British English.
        let held = try #require(texts["events/2/index.html"])
        #expect(held.contains("Thursday 8 October 2026 at 19:00"))
        #expect(held.contains("<dt>Speaker</dt>") && held.contains("<dt>Attendees</dt>"))
        #expect(held.contains("“Test with a keyboard”, she said: it’s where"))
        let home = try #require(texts["index.html"])
        #expect(home.contains("<strong>1</strong> attendee counted"))
        #expect(home.contains("Organised by Brest Web Meetup"))
        #expect(home.contains("<meta property=\"og:locale\" content=\"en_GB\">"))
        let cancelled = try #require(texts["events/3/index.html"])
        #expect(cancelled.contains("<p class=\"status\">Cancelled</p>") && cancelled.contains("<dt>Speakers</dt>"))
        #expect(try #require(texts["feed.xml"]).contains("<title>Cancelled — "))
        #expect(try #require(texts["topics/forms/index.html"]).contains("<title>Topic: forms — Brest Web Meetup</title>"))
        #expect(texts["speakers/jane-doe/index.html"] != nil && texts["news/new-venue/index.html"] != nil)
    }
}
