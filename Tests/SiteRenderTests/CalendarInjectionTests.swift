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
