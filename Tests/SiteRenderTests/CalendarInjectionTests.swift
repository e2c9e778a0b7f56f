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

/// Folding is linear: a 1 MB value (a pasted text as a title) folds in well under a second.
@Suite struct CalendarFoldingScaleTests {
    @Test func aMegabyteLineFoldsQuickly() {
        let line = "SUMMARY:" + String(repeating: "Très long titre ", count: 65_536)
        let clock = ContinuousClock()
        let started = clock.now
        let folded = ICalendarText.fold(line)
        #expect(clock.now - started < .seconds(5))
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }
}
