import BinaryFormat
import Foundation
import Testing
@testable import IncrementalBuild
import SiteModel
import SiteSource

/// Entries of the parse cache as `CachedParse` writes them: every field back exactly, the body's
/// full text read only when asked for, and damaged bytes refused (never a crash).
@Suite struct ParseCacheEntryCodingTests {
    /// Keeps the bytes of an entry alive, as a pack does.
    private final class Bytes: @unchecked Sendable {
        let pointer: UnsafeMutableRawBufferPointer

        init(_ bytes: [UInt8]) {
            pointer = .allocate(byteCount: max(1, bytes.count), alignment: 8)
            pointer.copyBytes(from: bytes)
        }

        deinit { pointer.deallocate() }
    }

    private func entry(_ bytes: [UInt8]) -> ParseCacheEntry {
        let owner = Bytes(bytes)
        return ParseCacheEntry(bytes: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(owner.pointer)[0..<bytes.count]),
                               owner: owner)
    }

    private func roundTrip<Value: ListedContent & Equatable>(_ value: Value) throws -> Value? {
        let warning = Diagnostic.warning(at: SourceLocation(path: "x.md", line: 3, column: 2), "un avertissement",
                                         hint: "une aide")
        let result = FileResult(value: value, diagnostics: [warning], identity: SourceLocation(path: "x.md", line: 2, column: 1))
        let bytes = CachedParse.encode(result, listDigest: value.listDigest)
        let loaded: CachedParse.Loaded<Value> = try #require(CachedParse.decode(entry(bytes)))
        #expect(loaded.result.diagnostics == result.diagnostics)
        #expect(loaded.result.identity == result.identity)
        #expect(loaded.listDigest == value.listDigest)
        return loaded.result.value
    }

    @Test func everyFieldComesBack() throws {
        let edition = BinaryFormatTests.edition
        #expect(try roundTrip(edition) == edition)
        let bare = Edition(number: 1, title: "t", date: EventDate(year: 2011, month: 4))
        #expect(try roundTrip(bare) == bare)
        let post = NewsPost(slug: "s", title: "Titre", date: EventDate(year: 2013, month: 10, day: 2), author: "Moi",
                            tags: ["a", "b"], summary: "r", draft: true, updated: EventDate(year: 2014, month: 1, day: 1),
                            body: RenderedMarkdown(html: "<p>é</p>", plainText: "é", summaryHTML: "<p>é</p>",
                                                   summaryText: "é", links: ["/a/"], images: ["/i.png"]),
                            sourcePath: "news/2013-10-02-s.md")
        #expect(try roundTrip(post) == post)
        let page = Page(slug: "p", title: "Page", menu: 2, draft: false,
                        body: RenderedMarkdown(html: "<p>x</p>", plainText: "x"), sourcePath: "pages/p.md")
        #expect(try roundTrip(page) == page)
        let zoned = Edition(number: 2, title: "t", date: EventDate(year: 2020, month: 1, day: 2, hour: 3, minute: 4,
                                                                   utcOffsetSeconds: -3600))
        #expect(try roundTrip(zoned) == zoned)
        let series = EventSeries(key: "cantine", name: "À la Cantine", folder: "a-la-cantine", numbered: false,
                                 description: "Les rendez-vous", venue: "cantine")
        let oneOff = Edition(series: series, number: 0, slug: "pixel-pero", title: "Pixel’péro",
                             date: EventDate(year: 2013, month: 10, day: 29, hour: 18, minute: 0))
        #expect(try roundTrip(oneOff) == oneOff)
    }

    /// `BinaryCodable` writes each stored property by hand: a new one must be added there too.
    @Test func theCodingKnowsEveryStoredProperty() {
        let edition = BinaryFormatTests.edition
        #expect(Mirror(reflecting: edition).children.count == 20)
        #expect(Mirror(reflecting: edition.series).children.count == 6)
        #expect(Mirror(reflecting: NewsPost(slug: "", title: "", date: EventDate(year: 1, month: 1))).children.count == 11)
        #expect(Mirror(reflecting: Page(slug: "", title: "")).children.count == 6)
        // The full text (kept apart), then summaryHTML, summaryText, links, images.
        #expect(Mirror(reflecting: edition.body).children.count == 5)
        #expect(Mirror(reflecting: edition.venue!).children.count == 5)
        #expect(Mirror(reflecting: edition.speakers[0]).children.count == 3)
        #expect(Mirror(reflecting: edition.photos[0]).children.count == 5)
        #expect(Mirror(reflecting: edition.venue!.geo!).children.count == 2)
        #expect(Mirror(reflecting: edition.date).children.count == 7)
        #expect(Mirror(reflecting: Diagnostic.warning(at: SourceLocation(path: "", line: 1, column: 1), "")).children.count == 4)
        #expect(Mirror(reflecting: SourceLocation(path: "", line: 1, column: 1)).children.count == 3)
    }

    @Test func theFullTextIsReadOnlyWhenAskedFor() throws {
        let edition = BinaryFormatTests.edition
        let result = FileResult(value: edition, diagnostics: [], identity: SourceLocation(path: "x.md", line: 1, column: 1))
        var bytes = CachedParse.encode(result, listDigest: nil)
        // Spoil the last byte of the plain text: decoding the other fields does not read it.
        bytes[bytes.count - 1] = UInt8(ascii: "X")
        let loaded: CachedParse.Loaded<Edition> = try #require(CachedParse.decode(entry(bytes)))
        let body = try #require(loaded.result.value?.body)
        #expect(!body.isEmpty)
        #expect(body.summaryText == edition.body.summaryText)
        #expect(body.html == edition.body.html)
        #expect(body.plainText == "TextX")
        var changed = body
        changed.html = "<p>autre</p>"
        #expect(changed.plainText == "TextX")
        #expect(body.html == edition.body.html)
    }

    @Test func damagedEntriesAreRefused() throws {
        let result = FileResult(value: BinaryFormatTests.edition, diagnostics: [],
                                identity: SourceLocation(path: "x.md", line: 1, column: 1))
        let bytes = CachedParse.encode(result, listDigest: nil)
        // The list digest (16 bytes), the head's length (8), the head, the html's length (8).
        let headEnd = 24 + Int(bytes[16]) + Int(bytes[17]) << 8
        for cut in 0..<headEnd + 8 {
            let decoded: CachedParse.Loaded<Edition>? = CachedParse.decode(entry(Array(bytes.prefix(cut))))
            #expect(decoded == nil, "cut at \(cut)")
        }
        var huge = bytes
        huge[23] = 0x7F
        #expect((CachedParse.decode(entry(huge)) as CachedParse.Loaded<Edition>?) == nil)
        // Every byte of the head garbled in turn, each way: refused or read, never a crash.
        for position in 16..<headEnd + 8 {
            for garble: UInt8 in [0x00, 0x01, 0x7F, 0x80, 0xFF] {
                var noisy = bytes
                noisy[position] ^= garble
                _ = CachedParse.decode(entry(noisy)) as CachedParse.Loaded<Edition>?
            }
        }
        // Another type's entry is refused too.
        #expect((CachedParse.decode(entry(bytes)) as CachedParse.Loaded<NewsPost>?) == nil)
    }
}
