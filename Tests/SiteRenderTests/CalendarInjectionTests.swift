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

/// Folding is linear: folding sixteen times as much text takes about sixteen times as long, not
/// 256 times (a copy of the output per few bytes measured 60 to 100). A ratio holds under the sanitizers, which slow both runs alike, where a limit in
/// seconds would not; each ratio compares two runs made one right after the other, so that the
/// rest of the machine (other suites, other builds) weighs on both alike.
@Suite struct CalendarFoldingScaleTests {
    static func line(_ repeats: Int) -> String { "SUMMARY:" + String(repeating: "Très long titre ", count: repeats) }

    /// The smallest of five ratios of the time to fold `whole` to the time to fold `part`, the
    /// one least disturbed by the rest of the machine.
    static func smallestRatio(of whole: String, to part: String) -> Double {
        let clock = ContinuousClock()
        return (0..<5).map { _ in
            let partTime = clock.measure { _ = ICalendarText.fold(part) }
            let wholeTime = clock.measure { _ = ICalendarText.fold(whole) }
            return wholeTime / partTime
        }.min() ?? .infinity
    }

    @Test func aMegabyteLineFoldsInLinearTime() {
        let line = Self.line(65_536)
        let folded = ICalendarText.fold(line)
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let ratio = Self.smallestRatio(of: line, to: Self.line(4_096))
        #expect(ratio < 40, "sixteen times the text folds in \(ratio) times the time")
    }
}
