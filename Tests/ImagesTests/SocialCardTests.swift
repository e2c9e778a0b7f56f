import ImageHeaders
@testable import Images
import Testing

@Suite("social cards")
struct SocialCardTests {
    private let values = [
        "series": "Breizh'péro", "number": "42", "title": "Quimper Web: la grande photo de famille",
        "date": "23 février 2011", "venue": "Le Novomax, Quimper", "brand": "#1b3a5c", "accent": "#b13f17",
    ]

    @Test func isAPNGOf1200By630WithNoMetadata() throws {
        let png = try SocialCard.png(template: try ImageFixtures.text("card.svg"), values: values, titleLineLength: 26)
        #expect(try ImageHeader.inspect(png, fileName: "card.png") == ImageHeader(format: .png, size: ImageSize(width: 1200, height: 630)))
        #expect(MetadataScan.blocks(in: png) == [])
        let again = try SocialCard.png(template: try ImageFixtures.text("card.svg"), values: values, titleLineLength: 26)
        #expect(png == again)
        var other = values
        other["title"] = "Une autre soirée"
        #expect(try SocialCard.png(template: try ImageFixtures.text("card.svg"), values: other, titleLineLength: 26) != png)
    }

    @Test func textIsEscapedAndTheTitleWrapped() throws {
        let template = "<text>{{series}}</text><t>{{title_line_1}}</t><t>{{title_line_2}}</t>"
        var hostile = values
        hostile["series"] = "<script>&\"'\u{1}"
        hostile["title"] = "Un titre bien trop long pour tenir sur deux lignes de vingt"
        #expect(try SocialCard.filled(template, values: hostile, titleLineLength: 20)
                == "<text>&lt;script&gt;&amp;&quot;&#39;</text><t>Un titre bien trop</t><t>long pour tenir sur…</t>")
        // A hostile value still renders: the escaped text is only text.
        let card = try SocialCard.png(template: try ImageFixtures.text("card.svg"), values: hostile, titleLineLength: 26)
        #expect(ImageSize.read(card) == ImageSize(width: 1200, height: 630))
    }

    @Test func templateErrorsSayWhatIsWrong() throws {
        #expect(throws: ImageError.cardPlaceholder(name: "missing")) {
            try SocialCard.filled("<svg>{{missing}}</svg>", values: values, titleLineLength: 20)
        }
        let small = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"315\"><rect width=\"600\" height=\"315\"/></svg>"
        #expect(throws: ImageError.cardSize(width: 600, height: 315)) {
            try SocialCard.png(template: small, values: [:], titleLineLength: 20)
        }
        #expect(ImageError.cardSize(width: 600, height: 315).description == "the social card template renders at 600×315, not 1200×630")
    }

    @Test func greedyWrapByCharacters() {
        #expect(TextWrap.lines("a bb ccc dddd", length: 6, maximumLines: 5) == ["a bb", "ccc", "dddd"])
        #expect(TextWrap.lines("anticonstitutionnellement", length: 10, maximumLines: 5) == ["anticonsti", "tutionnell", "ement"])
        #expect(TextWrap.lines("un deux trois quatre", length: 8, maximumLines: 2) == ["un deux", "trois…"])
        #expect(TextWrap.lines("  ", length: 8, maximumLines: 2) == [])
        #expect(TextWrap.lines("court", length: 8, maximumLines: 0) == [])
    }
}
