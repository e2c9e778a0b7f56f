import SiteModel
import Testing
@testable import SiteBuild
import TestSupport

/// `path:line:column: severity: message`, the source line, a caret under the column, the hint.
@Suite struct DiagnosticFormatterTests {
    static let lines = [
        "a.md": ["---", "speaker: Jean", "\tdate:\t2011-13-01", "   title: x  ", "é = ü: 1"],
    ]
    let formatter = DiagnosticFormatter { path, line in
        guard let lines = Self.lines[path], line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }

    func at(_ line: Int, _ column: Int, path: String = "a.md") -> SiteModel.SourceLocation {
        SiteModel.SourceLocation(path: path, line: line, column: column)
    }

    @Test func aWarningWithAHintShowsItsLineAndCaret() {
        let text = formatter.format(.warning(at: at(2, 1), "unknown key 'speaker'", hint: "did you mean 'speakers'?"))
        #expect(text == """
            a.md:2:1: warning: unknown key 'speaker'
            speaker: Jean
            ^
              hint: did you mean 'speakers'?

            """)
    }

    @Test func theCaretKeepsTabsSoThatItLinesUpInAnyEditor() {
        let text = formatter.format(.error(at: at(3, 8), "invalid date"))
        #expect(text == "a.md:3:8: error: invalid date\n\tdate:\t2011-13-01\n\t     \t^\n")
    }

    @Test func columnOneMeansTheWholeLineAndPointsAtItsFirstNonBlankCharacter() {
        #expect(formatter.format(.error(at: at(4, 1), "x")).hasSuffix("   title: x  \n   ^\n"))
        #expect(formatter.format(.error(at: at(4, 0), "x")).hasSuffix("   title: x  \n   ^\n"))
    }

    @Test func columnsCountUnicodeScalarsAndStopAfterTheEndOfTheLine() {
        #expect(formatter.format(.error(at: at(5, 5), "x")).hasSuffix("é = ü: 1\n    ^\n"))
        #expect(formatter.format(.error(at: at(1, 40), "x")).hasSuffix("---\n   ^\n"))
    }

    @Test func withoutASourceLineOnlyTheHeaderAndHintArePrinted() {
        #expect(formatter.format(.error(at: at(9, 1), "gone", hint: "h")) == "a.md:9:1: error: gone\n  hint: h\n")
        #expect(formatter.format(.error(at: at(1, 1, path: "content/editions"), "must be a folder"))
                == "content/editions:1:1: error: must be a folder\n")
    }

    @Test func diagnosticsArePrintedInPlaceOrder() {
        let text = formatter.format([.error(at: at(4, 4), "second"), .warning(at: at(2, 1), "first")])
        #expect(text.components(separatedBy: "\n").filter { $0.hasPrefix("a.md") }
                == ["a.md:2:1: warning: first", "a.md:4:4: error: second"])
    }

    @Test func coloursAreANSIBoldRedMagentaAndAGreenCaret() {
        var coloured = formatter
        coloured.colors = true
        let error = coloured.format(.error(at: at(2, 1), "bad", hint: "fix"))
        #expect(error == "\u{1B}[1ma.md:2:1: \u{1B}[0m\u{1B}[1;31merror:\u{1B}[0m\u{1B}[1m bad\u{1B}[0m\n"
                + "speaker: Jean\n\u{1B}[1;32m^\u{1B}[0m\n  \u{1B}[1mhint:\u{1B}[0m fix\n")
        #expect(coloured.format(.warning(at: at(2, 1), "w")).contains("\u{1B}[1;35mwarning:\u{1B}[0m"))
        #expect(!formatter.format(.error(at: at(2, 1), "bad")).contains("\u{1B}"))
    }

    @Test func otherErrorsGetTheKernePrefixUnlessTheyCarryALocation() {
        #expect(formatter.format(error: "theme folder 'x' has no templates/ folder")
                == "kerne: error: theme folder 'x' has no templates/ folder\n")
        #expect(formatter.format(error: "content/static/feed.xml: error: clash") == "content/static/feed.xml: error: clash\n")
    }

    @Test func sourceFilesSplitEveryLineEnding() {
        #expect(SourceFiles.split("a\r\nb\rc\nd").map(String.init) == ["a", "b", "c", "d"])
        #expect(SourceFiles.split("").map(String.init) == [""])
        #expect(SourceFiles.split("a\n").map(String.init) == ["a", ""])
        #expect(SourceFiles.split("\r\r\n").map(String.init) == ["", "", ""])
        #expect(SourceFiles.split("e\u{301}\n\u{301}é").map(String.init) == ["e\u{301}", "\u{301}é"])
    }

    /// The split on bytes against the plain way (line endings made LF, then split on LF), on
    /// random text full of line endings, accents and combining marks.
    @Test func sourceFilesSplitAsTheirPlainDefinition() {
        var generator = SeededGenerator(seed: 0x51_7A)
        let pool = Array("ab\r\n\r\né\u{301}\u{1F600}: ".unicodeScalars)
        var seen = Set<String>()
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<generator.next(below: 30) { text.append(pool[generator.next(below: pool.count)]) }
            let string = String(text)
            seen.insert(string)
            var plain = ""
            var previousWasCR = false
            for scalar in string.unicodeScalars {
                if scalar == "\n", previousWasCR { previousWasCR = false; continue }
                previousWasCR = scalar == "\r"
                plain.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
            }
            let expected = plain.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
            #expect(SourceFiles.split(string).map(String.init) == expected, "\(string.debugDescription), \(generator.replay)")
        }
        #expect(seen.count > 1_500, "only \(seen.count) distinct inputs, \(generator.replay)")
    }
}
