import Foundation
import Testing
import SiteModel
@testable import SiteSource

@Suite struct CacheCoderTests {
    static let edition = Edition(
        number: 7, title: "Le « titre »", date: EventDate(year: 2024, month: 3, day: 14, hour: 19, minute: 0),
        end: EventDate(year: 2024, month: 3, day: 14, hour: 22, minute: 30),
        venue: Venue(key: "bar", name: "Le Bar", address: "1 quai", url: nil, geo: GeoPoint(latitude: 47.99, longitude: -4.1)),
        speakers: [Speaker(name: "Anne Exemple", affiliation: "Asso", url: "https://a.example"), Speaker(name: "Zoé")],
        attendees: 42, tags: ["web", "référencement"], status: .postponed, summary: "Résumé 🎉",
        photos: [Photo(src: "/p.jpg", alt: "Une photo", width: 800, height: nil)], draft: true, sequence: 3,
        updated: EventDate(year: 2024, month: 3), body: RenderedMarkdown(html: "<p>Texte</p>", plainText: "Texte",
        summaryHTML: "<p>Texte</p>", summaryText: "Texte", links: ["https://x.example"], images: []),
        sourcePath: "editions/07.md")

    @Test func valuesComeBackExactly() throws {
        let bytes = try CacheEncoder.encode(Self.edition)
        #expect(try CacheDecoder.decode(Edition.self, from: bytes) == Self.edition)
        let bare = Edition(number: 1, title: "t", date: EventDate(year: 2011, month: 4))
        #expect(try CacheDecoder.decode(Edition.self, from: try CacheEncoder.encode(bare)) == bare)
        let numbers: [Int?] = [1, nil, -5, Int.max]
        #expect(try CacheDecoder.decode([Int?].self, from: try CacheEncoder.encode(numbers)) == numbers)
    }

    @Test func fileResultsWithDiagnosticsComeBack() throws {
        let log = DiagnosticLog(path: "editions/07.md")
        log.warning(at: TextPosition(line: 3, column: 2), "un avertissement", hint: "une aide")
        let result = FileResult(value: Self.edition, log: log, identity: TextPosition(line: 2, column: 1))
        let back = try CacheDecoder.decode(FileResult<Edition>.self, from: try CacheEncoder.encode(result))
        #expect(back.value == result.value)
        #expect(back.diagnostics == result.diagnostics)
        #expect(back.identity == result.identity)
    }

    @Test func damagedBytesAreRefused() throws {
        let bytes = try CacheEncoder.encode(Self.edition)
        for cut in [0, 1, 9, bytes.count / 2, bytes.count - 1] {
            #expect(throws: (any Error).self) { try CacheDecoder.decode(Edition.self, from: Array(bytes.prefix(cut))) }
        }
        #expect(throws: (any Error).self) { try CacheDecoder.decode(Edition.self, from: bytes + [0]) }
        #expect(throws: (any Error).self) { try CacheDecoder.decode(NewsPost.self, from: bytes) }
    }

    @Test func digestsTellContentsAndFramingApart() {
        #expect(ContentDigest.of(Array("abc".utf8)) == ContentDigest.of(Array("abc".utf8)))
        #expect(ContentDigest.of(Array("abc".utf8)) != ContentDigest.of(Array("abd".utf8)))
        #expect(ContentDigest.of([UInt8]()) != ContentDigest.of([0]))
        var first = DigestHasher()
        first.add("ab")
        first.add("c")
        var second = DigestHasher()
        second.add("a")
        second.add("bc")
        #expect(first.finish() != second.finish())
        let long = [UInt8](repeating: 7, count: 1000)
        var changed = long
        changed[500] = 8
        #expect(ContentDigest.of(long) != ContentDigest.of(changed))
        #expect(ContentDigest.of(long).description.count == 32)
    }
}
