import Foundation
import Testing

/// What a careless or hostile contributor may write in `site.yml` or a front matter: each gets
/// a precise error or warning at file:line:column, never a crash, a hang or a silent fix.
@Suite struct HostileValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var file: String
        /// What replaces the line that starts with `key:`.
        var key: String
        var line: String
        var status: Int32
        var diagnostic: String
    }

    static let edition = "editions/01-premier-breizhpero.md"

    static let cases: [Case] = [
        Case(testDescription: "base_url with a query", file: "site.yml", key: "base_url", line: "base_url: https://x.org/?a=1", status: 1,
             diagnostic: "content/site.yml:3:11: error: 'base_url' has a query ('?…') or a fragment ('#…'), which the paths of the site cannot follow"),
        Case(testDescription: "base_url with a fragment", file: "site.yml", key: "base_url", line: "base_url: https://x.org/#top", status: 1,
             diagnostic: "content/site.yml:3:11: error: 'base_url' has a query ('?…') or a fragment ('#…')"),
        Case(testDescription: "base_url with credentials", file: "site.yml", key: "base_url", line: "base_url: https://me:secret@x.org", status: 1,
             diagnostic: "content/site.yml:3:11: error: 'base_url' holds a user name or password, which every page would publish"),
        Case(testDescription: "base_url not http", file: "site.yml", key: "base_url", line: "base_url: ftp://x.org", status: 1,
             diagnostic: "content/site.yml:3:11: error: expected an absolute http(s) URL for 'base_url', found 'ftp://x.org'"),
        Case(testDescription: "event_duration huge", file: "site.yml", key: "event_duration", line: "event_duration: 99999999999", status: 1,
             diagnostic: "content/site.yml:7:17: error: expected an integer from 1 to 10080 for 'event_duration', found '99999999999'"),
        Case(testDescription: "event_duration 0", file: "site.yml", key: "event_duration", line: "event_duration: 0", status: 1,
             diagnostic: "content/site.yml:7:17: error: expected an integer from 1 to 10080 for 'event_duration', found '0'"),
        Case(testDescription: "feed_items 0", file: "site.yml", key: "feed_items", line: "feed_items: 0", status: 1,
             diagnostic: "content/site.yml:9:13: error: expected an integer >= 1 for 'feed_items', found '0'"),
        Case(testDescription: "edition 2^63", file: edition, key: "edition", line: "edition: 9223372036854775808", status: 1,
             diagnostic: "content/editions/01-premier-breizhpero.md:2:10: error: expected an integer >= 1 for 'edition', found '9223372036854775808'"),
        Case(testDescription: "attendees negative", file: edition, key: "attendees", line: "attendees: -5", status: 1,
             diagnostic: "content/editions/01-premier-breizhpero.md:5:12: error: expected an integer >= 0 for 'attendees', found '-5'"),
        Case(testDescription: "attendees huge", file: edition, key: "attendees", line: "attendees: 99999999999999999999", status: 1,
             diagnostic: "content/editions/01-premier-breizhpero.md:5:12: error: expected an integer >= 0 for 'attendees', found '99999999999999999999'"),
        Case(testDescription: "year 0", file: edition, key: "date", line: "date: 0000-02-23", status: 1,
             diagnostic: "content/editions/01-premier-breizhpero.md:4:7: error: invalid date '0000-02-23' for 'date'"),
        Case(testDescription: "year 10000", file: edition, key: "date", line: "date: 10000-02-23", status: 1,
             diagnostic: "content/editions/01-premier-breizhpero.md:4:7: error: invalid date '10000-02-23' for 'date'"),
        Case(testDescription: "a local time the clocks skip", file: edition, key: "date", line: "date: 2011-03-27T02:30", status: 0,
             diagnostic: "content/editions/01-premier-breizhpero.md:4:7: warning: 'date' 2011-03-27T02:30 does not exist in Europe/Paris (the clocks skip that time): the event is put at 2011-03-27T03:30"),
    ]

    @Test(arguments: cases)
    func aHostileValueGetsItsDiagnostic(_ hostile: Case) throws {
        let site = try ScratchSite.realContent()
        let url = site.content.appendingPathComponent(hostile.file)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasPrefix(hostile.key + ":") })
        try lines.map { $0.hasPrefix(hostile.key + ":") ? Substring(hostile.line) : $0 }.joined(separator: "\n")
            .write(to: url, atomically: false, encoding: .utf8)
        let result = try site.kerne("build", "--output", "out", "--no-cache")
        #expect(result.endedNormally)
        #expect(result.status == hostile.status, "\(result.standardError)")
        #expect(result.standardError.contains(hostile.diagnostic), "\(result.standardError)")
    }

    @Test func tagsThatMakeTheSameSlugAreSaidToShareAPage() throws {
        let site = try ScratchSite.realContent()
        for (file, tags) in [("editions/01-premier-breizhpero.md", "tags: [Réseautage]"),
                             ("editions/02-deuxieme-rencontre.md", "tags: [reseautage]")] {
            let url = site.content.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let replaced = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("tags:") ? Substring(tags) : $0 }.joined(separator: "\n")
            try (replaced.contains(tags) ? replaced : replaced.replacingOccurrences(of: "\ntitle:", with: "\n\(tags)\ntitle:"))
                .write(to: url, atomically: false, encoding: .utf8)
        }
        let result = try site.kerne("build", "--output", "out", "--no-cache")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains(
            "content/editions/02-deuxieme-rencontre.md:2:10: warning: tag 'reseautage' makes the same page /sujets/reseautage/ as 'Réseautage' (content/editions/01-premier-breizhpero.md:2:10): both are listed on it under 'Réseautage'"),
            "\(result.standardError)")
    }

    @Test func escapeSequencesFromContentNeverReachTheTerminal() throws {
        let site = try ScratchSite.realContent()
        let url = site.content.appendingPathComponent(Self.edition)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "\nattendees: 11", with: "\nattendees: \u{1B}[31mx\u{1B}]0;pwn\u{07}\u{202E}")
            .write(to: url, atomically: false, encoding: .utf8)
        let result = try site.kerne("build", "--output", "out", "--no-cache")
        #expect(result.status == 1)
        #expect(result.standardError.contains("attendees: \u{241B}[31mx\u{241B}]0;pwn\u{2407}\u{FFFD}"), "\(result.standardError)")
        #expect(!result.standardError.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
    }
}
