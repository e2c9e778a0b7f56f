import Foundation
import SiteModel

extension CalendarEvent {
    /// Writes the VEVENT; timed events refer to the VTIMEZONE named `timeZoneIdentifier`.
    func write(into writer: inout ICalendarWriter, timeZoneIdentifier: String, timeZone: TimeZone) {
        writer.begin("VEVENT")
        writer.add("UID", uid)
        writer.add("DTSTAMP", ICalendarDateFormat.utc(stamp))
        writer.add("LAST-MODIFIED", ICalendarDateFormat.utc(stamp))
        switch timing {
        case let .allDay(firstDay, endDayExclusive):
            writer.add("DTSTART", ICalendarDateFormat.date(firstDay), parameters: [("VALUE", "DATE")])
            writer.add("DTEND", ICalendarDateFormat.date(endDayExclusive), parameters: [("VALUE", "DATE")])
        case let .timed(startWallClock, _, end):
            writer.add("DTSTART", ICalendarDateFormat.dateTime(startWallClock),
                       parameters: [("TZID", timeZoneIdentifier)])
            // The end is an instant brought back to the wall clock, so that a change of offset
            // between start and end (summer time) is accounted for.
            writer.add("DTEND", ICalendarDateFormat.wallClock(end, in: timeZone),
                       parameters: [("TZID", timeZoneIdentifier)])
        }
        writer.addText("SUMMARY", summary)
        writer.addText("DESCRIPTION", details)
        writer.add("URL", url)
        if let location { writer.addText("LOCATION", location) }
        if let geo, let value = Self.geoValue(geo) { writer.add("GEO", value) }
        if !categories.isEmpty {
            writer.add("CATEGORIES", categories.map(ICalendarText.escape).joined(separator: ","))
        }
        writer.add("STATUS", Self.statusValue(status))
        writer.add("SEQUENCE", String(sequence))
        // No ORGANIZER: its value must be a calendar address (a URI such as mailto:), and the
        // site only knows the organizer's name.
        writer.add("TRANSP", "OPAQUE")
        writer.end("VEVENT")
    }

    static func statusValue(_ status: EditionStatus) -> String {
        switch status {
        case .scheduled: return "CONFIRMED"
        case .cancelled: return "CANCELLED"
        case .postponed: return "TENTATIVE"
        }
    }

    /// `47.98;-4.1`, or nil when the point is not on Earth.
    static func geoValue(_ geo: GeoPoint) -> String? {
        guard geo.latitude.isFinite, geo.longitude.isFinite,
              abs(geo.latitude) <= 90, abs(geo.longitude) <= 180 else { return nil }
        return decimal(geo.latitude) + ";" + decimal(geo.longitude)
    }

    /// Six decimals at most (about 10 cm), trailing zeros dropped, never an exponent.
    private static func decimal(_ value: Double) -> String {
        let millionths = Int((abs(value) * 1_000_000).rounded())
        var text = String(millionths / 1_000_000)
        var fraction = ICalendarDateFormat.digits(millionths % 1_000_000, 6)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { text += "." + fraction }
        return (value < 0 && millionths != 0 ? "-" : "") + text
    }
}
