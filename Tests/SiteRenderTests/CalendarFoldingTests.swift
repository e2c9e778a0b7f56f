import Foundation
import Testing
@testable import SiteRender

@Suite struct CalendarFoldingTests {
    /// A multi-octet character placed at every position around the 75th octet.
    @Test(arguments: ["é", "€", "😀", "👩‍💻", "e\u{301}"], 66...78)
    func foldsAt75OctetsWithoutSplittingUTF8(character: String, padding: Int) throws {
        let line = "SUMMARY:" + String(repeating: "a", count: padding) + String(repeating: character, count: 30)
            + "Breizh’péro"
        let folded = ICalendarText.fold(line)
        let physical = CalendarFixture.physicalLines(Array(folded.utf8))
        #expect(physical.count > 1)
        for (index, bytes) in physical.enumerated() {
            #expect(bytes.count <= 75)
            #expect(String(validating: bytes, as: UTF8.self) != nil, "line \(index) splits a UTF-8 sequence")
            if index > 0 { #expect(bytes.first == UInt8(ascii: " ")) }
        }
        // Each line is filled as far as the next character allows.
        for index in physical.indices.dropLast() {
            let next = physical[index + 1].dropFirst()
            let nextCharacter = try #require(String(validating: next, as: UTF8.self)?.first)
            #expect(physical[index].count + nextCharacter.utf8.count > 75)
        }
        #expect(CalendarFixture.unfoldedLines(Array(folded.utf8)) == [line])
    }

    @Test func combiningAccentsStayWithTheirLetter() {
        let line = "SUMMARY:" + String(repeating: "a", count: 66) + "e\u{301}" // the accent would be octets 76–77
        #expect(ICalendarText.fold(line) == "SUMMARY:" + String(repeating: "a", count: 66) + "\r\n e\u{301}")
    }

    @Test func aClusterLongerThanALineIsSplitBetweenScalars() {
        let family = String(repeating: "👩‍", count: 30) + "👩" // one character, 214 octets
        #expect(family.count == 1)
        let folded = ICalendarText.fold("SUMMARY:" + family)
        let physical = CalendarFixture.physicalLines(Array(folded.utf8))
        #expect(physical.count == 3) // 222 octets: 75 + 74 + 73
        #expect(physical.allSatisfy { $0.count <= 75 && String(validating: $0, as: UTF8.self) != nil })
        #expect(CalendarFixture.unfoldedLines(Array(folded.utf8)) == ["SUMMARY:" + family])
    }

    @Test func exactly75OctetsStayOnOneLine() {
        let line = "SUMMARY:" + String(repeating: "a", count: 65) + "é" // 8 + 65 + 2 = 75
        #expect(ICalendarText.fold(line) == line)
        let longer = line + "b"
        #expect(ICalendarText.fold(longer) == line + "\r\n b")
        let straddling = "SUMMARY:" + String(repeating: "a", count: 66) + "é" // é would be octets 75–76
        #expect(ICalendarText.fold(straddling) == "SUMMARY:" + String(repeating: "a", count: 66) + "\r\n é")
    }

    @Test func escapesTextValues() {
        #expect(ICalendarText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarText.escape("un\ndeux\r\ntrois\rquatre") == #"un\ndeux\ntrois\nquatre"#)
        #expect(ICalendarText.escape("tab\there\u{7}bell\u{0}") == "tab\there" + "bell")
        #expect(ICalendarText.escape("Creac’h Gwen : « apéro »") == "Creac’h Gwen : « apéro »")
    }

    @Test func writerFoldsAndTerminatesEveryLineWithCRLF() {
        var writer = ICalendarWriter()
        writer.addText("DESCRIPTION", String(repeating: "Référencement, SEO; et plus\n", count: 12))
        writer.add("DTSTART", "20111110T190000", parameters: [("TZID", "Europe/Paris")])
        writer.add("X-TEST", "v", parameters: [("X-P", "a:b\"c")])
        let bytes = writer.bytes
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() where byte == 10 {
            #expect(index > 0 && bytes[index - 1] == 13)
        }
        let lines = CalendarFixture.unfoldedLines(bytes)
        #expect(lines[0].hasPrefix(#"DESCRIPTION:Référencement\, SEO\; et plus\nRéférencement"#))
        #expect(lines[1] == "DTSTART;TZID=Europe/Paris:20111110T190000")
        #expect(lines[2] == #"X-TEST;X-P="a:bc":v"#)
    }
}
