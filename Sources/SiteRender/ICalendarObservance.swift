import Foundation

/// One STANDARD or DAYLIGHT sub-component of a VTIMEZONE: the offset a zone switches to at an onset.
struct ICalendarObservance: Hashable {
    var isDaylight: Bool
    /// The onset as an instant.
    var onset: Date
    var offsetFromSeconds: Int
    var offsetToSeconds: Int
    var name: String

    func write(into writer: inout ICalendarWriter) {
        let component = isDaylight ? "DAYLIGHT" : "STANDARD"
        writer.begin(component)
        // RFC 5545 §3.6.5: the onset is written in the local time in force before it (TZOFFSETFROM).
        writer.add("DTSTART", ICalendarDateFormat.wallClock(onset, offsetSeconds: offsetFromSeconds))
        writer.add("TZOFFSETFROM", ICalendarDateFormat.utcOffset(offsetFromSeconds))
        writer.add("TZOFFSETTO", ICalendarDateFormat.utcOffset(offsetToSeconds))
        writer.addText("TZNAME", name)
        writer.end(component)
    }
}
