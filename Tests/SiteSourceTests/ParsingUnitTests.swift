import Foundation
import SiteModel
@testable import SiteSource
import Testing

@Suite("source text and front matter")
struct SourceTextTests {
    @Test func dropsBOMAndNormalisesLineEndings() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n\r\nd".utf8))
        #expect(try SourceText.decode(data).get() == "a\nb\nc\n\nd")
    }

    @Test func refusesInvalidUTF8AndEmptyFiles() {
        #expect(SourceText.decode(Data([0x61, 0xE9, 0x62])) == .failure(.notUTF8))
        #expect(SourceText.decode(Data()) == .failure(.empty))
        #expect(SourceText.decode(Data([0xEF, 0xBB, 0xBF, 0x0A, 0x20])) == .failure(.empty))
    }

    @Test func splitsFrontMatterWithLineOffsets() throws {
        let split = try FrontMatter.split("---\ntitle: A\ndate: 2011-04\n--- \nBody\nmore\n").get()
        #expect(split == FrontMatter(yaml: "title: A\ndate: 2011-04\n", yamlLineOffset: 1, body: "Body\nmore\n",
                                     bodyLineOffset: 4))
    }

    @Test func reportsMissingDelimiters() {
        #expect(FrontMatter.split("title: A\n---\n") == .failure(.missingOpening))
        #expect(FrontMatter.split("---\ntitle: A\n") == .failure(.missingClosing))
        #expect(FrontMatter.split("----\ntitle: A\n---\n") == .failure(.missingOpening))
    }
}

@Suite("YAML reading")
struct YAMLReaderTests {
    @Test func keepsScalarsAsWrittenWithFilePositions() throws {
        let node = try #require(try YAMLReader.parse("date: 2011-02-23\ncount: 010\nflag: no\n", lineOffset: 1).get())
        guard case let .mapping(entries) = node.value else { Issue.record("not a map"); return }
        #expect(entries.map { $0.value.scalar } == ["2011-02-23", "010", "no"])
        #expect(entries.map(\.value.position) == [TextPosition(line: 2, column: 7), TextPosition(line: 3, column: 8),
                                                  TextPosition(line: 4, column: 7)])
    }

    @Test func distinguishesNullFromQuotedText() throws {
        let node = try #require(try YAMLReader.parse("a:\nb: ~\nc: \"null\"\nd: ''\n", lineOffset: 0).get())
        guard case let .mapping(entries) = node.value else { Issue.record("not a map"); return }
        #expect(entries.map(\.value.isNull) == [true, true, false, false])
    }

    @Test func mapsSyntaxErrorsToTheFile() {
        let result = YAMLReader.parse("title: A\n  bad: [\n", lineOffset: 1)
        guard case let .failure(problem) = result else { Issue.record("expected a failure"); return }
        #expect(problem.position.line >= 3)
        #expect(problem.message.hasPrefix("invalid YAML: "))
    }

    @Test func refusesAnchorsAndAliases() {
        #expect(YAMLEventCheck.check("a: &x 1\n")?.message == YAMLEventCheck.anchors)
        #expect(YAMLEventCheck.check("a: *x\n") != nil)
        #expect(YAMLEventCheck.check("title: Rock & roll *live*\n") == nil)
    }
}

@Suite("names")
struct NameTests {
    @Test func suggestsCloseNamesOnly() {
        let keys = EditionParser.knownKeys
        #expect(Suggestion.closest(to: "speaker", among: keys) == "speakers")
        #expect(Suggestion.closest(to: "titel", among: keys) == "title")
        #expect(Suggestion.closest(to: "Date", among: keys) == "date")
        #expect(Suggestion.closest(to: "colour", among: keys) == nil)
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.editDistance(Array("ab"), Array("ba")) == 1)
    }

    @Test(arguments: [
        ("2013-10-05-ouverture", "2013-10-05", "ouverture"),
        ("2013-10-cantine-ouverte", "2013-10", "cantine-ouverte"),
        ("2013-10-Été Numérique", "2013-10", "ete-numerique"),
    ])
    func readsNewsFileNames(stem: String, date: String, slug: String) throws {
        let name = try NewsFileName.parse(stem).get()
        #expect(name.date.description == date)
        #expect(name.slug == slug)
    }

    @Test func refusesBadNewsFileNames() {
        #expect(NewsFileName.parse("ouverture") == .failure(.noDate))
        #expect(NewsFileName.parse("2013-02-30-x") == .failure(.invalidDate("2013-02-30")))
        #expect(NewsFileName.parse("2013-10-05") == .failure(.emptySlug))
        #expect(NewsFileName.parse("2013-10-!!") == .failure(.emptySlug))
    }

    @Test func checksLanguageTags() {
        for tag in ["fr", "br", "en-GB", "zh-Hant-TW", "fr-x-breizh"] {
            #expect(SiteConfigParser.isPlausibleLanguageTag(tag), "\(tag)")
        }
        for tag in ["", "f", "fr_FR", "français", "fr-", "-fr", "en-toolongsubtag"] {
            #expect(!SiteConfigParser.isPlausibleLanguageTag(tag), "\(tag)")
        }
    }
}
