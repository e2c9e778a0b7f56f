import BinaryFormat
import ContentHash
import Foundation
import Testing
@testable import IncrementalBuild
import SiteModel
import SiteSource

/// The build cache's one binary format: values come back exactly, and bytes it did not write
/// (cut short, garbled, another type's) throw `BinaryFormatError`, never trap.
@Suite struct BinaryFormatTests {
    static let edition = Edition(
        number: 7, title: "Le « titre »", date: EventDate(year: 2024, month: 3, day: 14, hour: 19, minute: 0),
        end: EventDate(year: 2024, month: 3, day: 14, hour: 22, minute: 30),
        venue: Venue(key: "bar", name: "Le Bar", address: "1 quai", url: nil, geo: GeoPoint(latitude: 47.99, longitude: -4.1)),
        speakers: [Speaker(name: "Anne Exemple", affiliation: "Asso", url: "https://a.example"), Speaker(name: "Zoé")],
        attendees: 42, tags: ["web", "référencement"], status: .postponed, summary: "Résumé 🎉",
        photos: [Photo(src: "/p.jpg", alt: "Une photo", width: 800, height: nil,
                       location: SourceLocation(path: "content/editions/01-a.md", line: 7, column: 10)),
                 Photo(src: "/q.jpg", alt: "Une autre")], draft: true, sequence: 3,
        updated: EventDate(year: 2024, month: 3), published: EventDate(year: 2024, month: 2, day: 1),
        previousDate: EventDate(year: 2024, month: 3, day: 7, hour: 19, minute: 0),
        body: RenderedMarkdown(html: "<p>Texte</p>", plainText: "Texte",
        summaryHTML: "<p>Texte</p>", summaryText: "Texte", links: ["https://x.example"], images: []),
        sourcePath: "editions/07.md")

    private func bytes<Value: BinaryCodable>(_ value: Value) -> [UInt8] {
        var writer = BinaryWriter()
        writer.add(value)
        return writer.bytes
    }

    private func read<Value: BinaryCodable>(_: Value.Type, from bytes: [UInt8]) throws(BinaryFormatError) -> Value {
        try BinaryReader.read(bytes) { reader throws(BinaryFormatError) in try Value(from: &reader) }
    }

    @Test func valuesComeBackWithoutTheirFullText() throws {
        let back = try read(Edition.self, from: bytes(Self.edition))
        #expect(back.body.html.isEmpty)
        var expected = Self.edition
        expected.body = RenderedMarkdown(summaryHTML: expected.body.summaryHTML, summaryText: expected.body.summaryText,
                                         links: expected.body.links, images: expected.body.images)
        #expect(back == expected)
        let bare = Edition(number: 1, title: "t", date: EventDate(year: 2011, month: 4))
        #expect(try read(Edition.self, from: bytes(bare)) == bare)
    }

    @Test func cutOrLongerBytesAreRefused() throws {
        let whole = bytes(Self.edition)
        for cut in 0..<whole.count {
            #expect(throws: BinaryFormatError.truncated) { try read(Edition.self, from: Array(whole.prefix(cut))) }
        }
        #expect(throws: BinaryFormatError.invalid) { try read(Edition.self, from: whole + [0]) }
        #expect(throws: BinaryFormatError.self) { try read(NewsPost.self, from: whole) }
    }

    @Test func aFlagThatIsNeitherZeroNorOneIsRefused() {
        var writer = BinaryWriter()
        writer.add(Optional<String>.none)
        #expect(writer.bytes == [0])
        #expect(throws: BinaryFormatError.invalid) {
            try BinaryReader.read([2]) { reader throws(BinaryFormatError) in try reader.optional(Photo.self) }
        }
    }

    @Test func textThatIsNotUTF8IsRefused() {
        var writer = BinaryWriter()
        writer.add(UInt64(2))
        writer.bytes += [0xC3, 0x28]
        let bytes = writer.bytes
        #expect(throws: BinaryFormatError.invalid) {
            try BinaryReader.read(bytes) { reader throws(BinaryFormatError) in try reader.string() }
        }
    }

    @Test func numbersAreLittleEndianWords() {
        var writer = BinaryWriter()
        writer.add(UInt64(0x0102_0304_0506_0708))
        writer.add("é")
        #expect(writer.bytes == [8, 7, 6, 5, 4, 3, 2, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0xC3, 0xA9])
    }

    @Test func digestsTellContentsAndFramingApart() {
        #expect(ContentDigest.of(Array("abc".utf8)) == ContentDigest.of("abc"))
        #expect(ContentDigest.of("abc") != ContentDigest.of("abd"))
        #expect(ContentDigest.of([UInt8]()) != ContentDigest.of([0]))
        var first = ContentHasher()
        first.add("ab")
        first.add("c")
        var second = ContentHasher()
        second.add("a")
        second.add("bc")
        #expect(first.finish() != second.finish())
        let long = [UInt8](repeating: 7, count: 1000)
        var changed = long
        changed[500] = 8
        #expect(ContentDigest.of(long) != ContentDigest.of(changed))
        #expect(ContentDigest.of(long).description.count == 32)
    }

    /// XXH3-128 as libxxhash defines it: its published value for empty input.
    @Test func theDigestIsXXH3With128Bits() {
        #expect(ContentDigest.of([UInt8]()).description == "99aa06d3014798d86001c324468d497f")
    }
}
