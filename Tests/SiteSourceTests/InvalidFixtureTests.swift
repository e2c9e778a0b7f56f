import Foundation
import SiteModel
import Testing

/// One invalid fixture per rule: `Tests/Fixtures/invalid/<rule>/content` holds exactly one problem,
/// and these are the exact lines `kerne check` prints for it.
struct InvalidFixture: Sendable, CustomTestStringConvertible {
    var name: String
    var expected: [String]

    init(_ name: String, _ expected: String...) {
        self.name = name
        self.expected = expected
    }

    var testDescription: String { name }
}

@Suite("invalid fixtures")
struct InvalidFixtureTests {
    @Test("prints exactly the expected diagnostics", arguments: InvalidFixture.all)
    func diagnostics(of fixture: InvalidFixture) {
        let result = Fixtures.load("invalid/" + fixture.name)
        #expect(result.diagnostics.map(\.description) == fixture.expected)
        let hasError = fixture.expected.contains { $0.contains(": error: ") }
        #expect((result.site == nil) == hasError)
    }

    @Test func everyFixtureFolderIsInTheTable() throws {
        let folder = Fixtures.root.appendingPathComponent("invalid")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(onDisk == InvalidFixture.all.map(\.name).sorted())
    }
}

extension InvalidFixture {
    static let all: [InvalidFixture] = [
        InvalidFixture("edition-attendees-negative",
                       "content/editions/01-premier.md:5:12: error: expected an integer >= 0 for 'attendees', found '-3'"),
        InvalidFixture("edition-attendees-not-integer",
                       "content/editions/01-premier.md:5:12: error: expected an integer >= 0 for 'attendees', found 'vingt'"),
        InvalidFixture("edition-date-invalid",
                       "content/editions/01-premier.md:4:7: error: invalid date '2011-02-30' for 'date'"),
        InvalidFixture("edition-draft-not-bool",
                       "content/editions/01-premier.md:5:8: error: expected true or false for 'draft', found 'yes'"),
        InvalidFixture("edition-end-before-date",
                       "content/editions/01-premier.md:5:6: error: 'end' (2011-11-10T18:00) is before 'date' (2011-11-10T19:00)"),
        InvalidFixture("edition-end-day-before",
                       "content/editions/01-premier.md:5:6: error: 'end' (2011-11-09) is before 'date' (2011-11-10)"),
        InvalidFixture("edition-missing-date",
                       "content/editions/01-premier.md:1:1: error: missing required key 'date'"),
        InvalidFixture("edition-missing-number",
                       "content/editions/01-premier.md:1:1: error: missing required key 'edition'"),
        InvalidFixture("edition-missing-title",
                       "content/editions/01-premier.md:1:1: error: missing required key 'title'"),
        InvalidFixture("edition-not-markdown-file",
                       "content/editions/notes.txt:1:1: warning: not a Markdown file (.md): ignored"),
        InvalidFixture("edition-number-duplicate",
                       "content/editions/02-second.md:2:10: error: edition number 1 is already used by content/editions/01-premier.md"),
        InvalidFixture("edition-number-zero",
                       "content/editions/01-premier.md:2:10: error: expected an integer >= 1 for 'edition', found '0'"),
        InvalidFixture("edition-photo-empty-alt",
                       "content/editions/01-premier.md:7:10: error: 'alt' must not be empty"),
        InvalidFixture("edition-photo-missing-file",
                       "content/editions/01-premier.md:6:10: error: photo '/photos/a.jpg' is not a file of content/static/"),
        InvalidFixture("edition-photo-src-not-site-path",
                       "content/editions/01-premier.md:6:10: error: 'src' must be a site path starting with '/', found 'photos/a.jpg'"),
        InvalidFixture("edition-photo-without-alt",
                       "content/editions/01-premier.md:6:5: error: missing required key 'alt'"),
        InvalidFixture("edition-sequence-negative",
                       "content/editions/01-premier.md:5:11: error: expected an integer >= 0 for 'sequence', found '-1'"),
        InvalidFixture("edition-speaker-empty-slug",
                       "content/editions/01-premier.md:6:11: error: speaker name '!!' gives an empty slug"),
        InvalidFixture("edition-speaker-url-relative",
                       "content/editions/01-premier.md:7:10: error: expected an absolute http(s) URL for 'url', found 'example.org'"),
        InvalidFixture("edition-speaker-without-name",
                       "content/editions/01-premier.md:6:5: error: missing required key 'name'"),
        InvalidFixture("edition-speakers-not-list",
                       "content/editions/01-premier.md:5:11: error: expected a list for 'speakers', found text"),
        InvalidFixture("edition-status-unknown",
                       "content/editions/01-premier.md:5:9: error: expected one of scheduled, cancelled, postponed for 'status', found 'canceled'"),
        InvalidFixture("edition-summary-not-text",
                       "content/editions/01-premier.md:6:3: error: expected text for 'summary', found a list"),
        InvalidFixture("edition-tag-empty-slug",
                       "content/editions/01-premier.md:5:13: error: tag '...' gives an empty slug"),
        InvalidFixture("edition-tags-not-list",
                       "content/editions/01-premier.md:5:7: error: expected a list for 'tags', found text"),
        InvalidFixture("edition-unknown-key", "content/editions/01-premier.md:5:1: warning: unknown key 'speaker'"),
        InvalidFixture("edition-updated-invalid",
                       "content/editions/01-premier.md:5:10: error: invalid date 'hier' for 'updated'"),
        InvalidFixture("edition-venue-inline-without-name",
                       "content/editions/01-premier.md:6:3: error: missing required key 'name'"),
        InvalidFixture("edition-venue-unknown",
                       "content/editions/01-premier.md:5:8: error: unknown venue 'cantinne' (known venues: 'cantine', 'mjc')"),
        InvalidFixture("file-empty", "content/editions/01-premier.md:1:1: error: the file is empty"),
        InvalidFixture("file-not-utf8", "content/editions/01-premier.md:1:1: error: the file is not valid UTF-8"),
        InvalidFixture("front-matter-missing",
                       "content/editions/01-premier.md:1:1: error: missing front matter: the first line must be '---'"),
        InvalidFixture("front-matter-not-a-map",
                       "content/editions/01-premier.md:2:1: error: expected front matter as a map (keys and values), found a list"),
        InvalidFixture("front-matter-unclosed",
                       "content/editions/01-premier.md:1:1: error: front matter is not closed: no line '---' after it"),
        InvalidFixture("layout-folder-expected", "content/editions:1:1: error: 'editions' must be a folder"),
        InvalidFixture("layout-unknown-entry",
                       "content/venue.yml:1:1: warning: 'venue.yml' is not part of the content layout: ignored"),
        InvalidFixture("news-duplicate-slug",
                       "content/news/2014-01-ouverture.md:1:1: error: output path 'actualites/ouverture/index.html' clashes with content/news/2013-10-05-ouverture.md"),
        InvalidFixture("news-file-name-empty-slug",
                       "content/news/2013-10-05-.md:1:1: error: news file name '2013-10-05-.md' gives an empty slug"),
        InvalidFixture("news-file-name-invalid-date",
                       "content/news/2013-13-05-ouverture.md:1:1: error: invalid date '2013-13-05' in news file name '2013-13-05-ouverture.md'"),
        InvalidFixture("news-file-name-without-date",
                       "content/news/ouverture.md:1:1: error: news file name 'ouverture.md' does not start with a date"),
        InvalidFixture("news-missing-date",
                       "content/news/2013-10-05-ouverture.md:1:1: error: missing required key 'date'"),
        InvalidFixture("news-missing-title",
                       "content/news/2013-10-05-ouverture.md:1:1: error: missing required key 'title'"),
        InvalidFixture("page-collides-with-actualites",
                       "content/pages/actualites.md:1:1: error: output path 'actualites/index.html' clashes with the generated list of news"),
        InvalidFixture("page-collides-with-editions",
                       "content/pages/editions.md:1:1: error: output path 'editions/index.html' clashes with the generated list of editions"),
        InvalidFixture("page-empty-slug", "content/pages/__.md:1:1: error: page file name '__.md' gives an empty slug"),
        InvalidFixture("page-menu-not-integer",
                       "content/pages/a-propos.md:3:7: error: expected an integer for 'menu', found 'first'"),
        InvalidFixture("page-missing-title", "content/pages/a-propos.md:1:1: error: missing required key 'title'"),
        InvalidFixture("page-slug-duplicate",
                       "content/pages/a_propos.md:1:1: error: output path 'a-propos/index.html' clashes with content/pages/a-propos.md"),
        InvalidFixture("site-base-url-not-absolute",
                       "content/site.yml:2:11: error: expected an absolute http(s) URL for 'base_url', found 'www.example.org'"),
        InvalidFixture("site-empty", "content/site.yml:1:1: error: the file is empty"),
        InvalidFixture("site-event-duration-zero",
                       "content/site.yml:3:17: error: expected an integer from 1 to 10080 for 'event_duration', found '0'"),
        InvalidFixture("site-feed-items-not-integer",
                       "content/site.yml:3:13: error: expected an integer >= 1 for 'feed_items', found 'many'"),
        InvalidFixture("site-language-invalid", "content/site.yml:3:11: error: 'fr_FR' is not a BCP 47 language tag"),
        InvalidFixture("site-missing", "content/site.yml:1:1: error: missing site.yml (required)"),
        InvalidFixture("site-missing-title", "content/site.yml:1:1: error: missing required key 'title'"),
        InvalidFixture("site-not-a-map",
                       "content/site.yml:1:1: error: expected site settings as a map (keys and values), found a list"),
        InvalidFixture("site-theme-list", "content/site.yml:3:8: error: expected text for 'theme', found a list"),
        InvalidFixture("site-timezone-unknown", "content/site.yml:3:11: error: unknown time zone 'Europe/Quimper'"),
        InvalidFixture("site-title-without-value", "content/site.yml:1:7: error: missing value for 'title'"),
        InvalidFixture("site-unknown-key", "content/site.yml:3:1: warning: unknown key 'feed_item'"),
        InvalidFixture("site-unsafe-html-not-bool",
                       "content/site.yml:3:14: error: expected true or false for 'unsafe_html', found 'oui'"),
        InvalidFixture("static-collides-with-feed",
                       "content/static/feed.xml:1:1: error: output path 'feed.xml' clashes with the generated RSS feed"),
        InvalidFixture("static-collides-with-page",
                       "content/static/a-propos/index.html:1:1: error: output path 'a-propos/index.html' clashes with content/pages/a-propos.md"),
        InvalidFixture("venue-geo-not-a-pair",
                       "content/venues.yml:3:8: error: expected [latitude, longitude] for 'geo', found '47.98'"),
        InvalidFixture("venue-geo-out-of-range",
                       "content/venues.yml:3:9: error: latitude 97.98 is out of range (-90...90)"),
        InvalidFixture("venue-keys-same-slug",
                       "content/venues.yml:3:1: error: venue 'cantine' would share the page /lieux/cantine/ with venue 'Cantine'"),
        InvalidFixture("venue-missing-name", "content/venues.yml:2:3: error: missing required key 'name'"),
        InvalidFixture("venue-not-a-map",
                       "content/venues.yml:1:10: error: expected a venue (keys and values), found text"),
        InvalidFixture("venue-url-not-absolute",
                       "content/venues.yml:3:8: error: expected an absolute http(s) URL for 'url', found 'www.example.org'"),
        InvalidFixture("yaml-anchor",
                       "content/editions/01-premier.md:5:7: error: YAML anchors and aliases (&name, *name) are not supported: write the value out"),
        InvalidFixture("yaml-duplicate-key",
                       "content/editions/01-premier.md:3:1: error: key 'title' is written more than once in this map"),
        InvalidFixture("yaml-malformed",
                       "content/site.yml:2:9: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"),
        InvalidFixture("yaml-too-deep",
                       "content/editions/01-premier.md:5:73: error: YAML nested too deeply (more than 64 levels)"),
        // Hostile values: script URLs, header injection, paths leaving the site, control characters.
        InvalidFixture("edition-photo-src-backslash",
                       "content/editions/01-premier.md:6:10: error: 'src' must separate folders with '/', not '\\': '/photos\\..\\a.jpg'"),
        InvalidFixture("edition-photo-src-encoded-parent",
                       "content/editions/01-premier.md:6:10: error: 'src' must not contain '.' or '..' segments: '/photos/%2e%2E/secret.jpg'"),
        InvalidFixture("edition-photo-src-other-host",
                       "content/editions/01-premier.md:6:10: error: 'src' must be a path of this site, not another host: '//evil.example/a.jpg'"),
        InvalidFixture("edition-photo-src-parent",
                       "content/editions/01-premier.md:6:10: error: 'src' must not contain '.' or '..' segments: '/photos/../../../etc/passwd'"),
        InvalidFixture("edition-speaker-url-crlf",
                       "content/editions/01-premier.md:7:10: error: 'url' contains U+000D, which a URL cannot hold"),
        InvalidFixture("edition-speaker-url-data",
                       "content/editions/01-premier.md:7:10: error: expected an absolute http(s) URL for 'url', found 'data:text/html;base64,PHNjcmlwdD4='"),
        InvalidFixture("edition-speaker-url-javascript",
                       "content/editions/01-premier.md:7:10: error: expected an absolute http(s) URL for 'url', found 'javascript:alert(1)'"),
        InvalidFixture("edition-text-control-characters",
                       "content/editions/01-premier.md:3:8: warning: 'title' contains the control character U+0000: removed",
                       "content/editions/01-premier.md:5:8: warning: 'tags' contains the control character U+0000: removed",
                       "content/editions/01-premier.md:5:17: warning: 'tags' contains the control character U+001B: removed"),
        InvalidFixture("edition-venue-url-javascript",
                       "content/editions/01-premier.md:7:8: error: expected an absolute http(s) URL for 'url', found 'JavaScript:alert(document.cookie)'"),
        InvalidFixture("site-base-url-crlf",
                       "content/site.yml:2:11: error: 'base_url' contains U+000D, which a URL cannot hold"),
        InvalidFixture("venue-url-data",
                       "content/venues.yml:3:8: error: expected an absolute http(s) URL for 'url', found 'data:text/html,hello'"),
    ]
}
