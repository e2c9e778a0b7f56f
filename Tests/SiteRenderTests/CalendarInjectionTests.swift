import Testing
@testable import SiteRender

/// No value, escaped or not, can start a content line of its own.
@Suite struct CalendarInjectionTests {
    @Test func aLineBreakInARawValueIsDropped() {
        var writer = ICalendarWriter()
        writer.add("URL", "https://example.org/\r\nX-Injected: 1")
        writer.add("X-TEST", "a\rb\nc", parameters: [("X-P", "d\r\ne")])
        #expect(writer.text == "URL:https://example.org/X-Injected: 1\r\nX-TEST;X-P=de:abc\r\n")
    }

    @Test func aLineBreakInATextValueIsEscaped() {
        var writer = ICalendarWriter()
        writer.addText("SUMMARY", "a\r\nX-Injected: 1;b,c\\d")
        #expect(writer.text == "SUMMARY:a\\nX-Injected: 1\\;b\\,c\\\\d\r\n")
    }
}

/// Folding is linear: folding eight times as much text takes about eight times as long, not
/// sixty-four. A ratio of two times holds under the sanitizers, which slow both runs alike,
/// where a limit in seconds would not.
@Suite struct CalendarFoldingScaleTests {
    static func line(_ repeats: Int) -> String { "SUMMARY:" + String(repeating: "Très long titre ", count: repeats) }

    /// The shortest of five runs, the one least disturbed by the rest of the machine.
    static func foldingTime(_ line: String) -> Duration {
        let clock = ContinuousClock()
        return (0..<5).map { _ in clock.measure { _ = ICalendarText.fold(line) } }.min() ?? .zero
    }

    @Test func aMegabyteLineFoldsInLinearTime() {
        let line = Self.line(65_536)
        let folded = ICalendarText.fold(line)
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let eighth = Self.foldingTime(Self.line(8_192)), whole = Self.foldingTime(line)
        #expect(whole < eighth * 20, "an eighth of the text folds in \(eighth), all of it in \(whole)")
    }
}
