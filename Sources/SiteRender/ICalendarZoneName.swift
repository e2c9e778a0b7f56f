/// The TZNAME of a VTIMEZONE observance, from Kerné's own rules rather than the platform's
/// (Foundation on Linux names Paris `GMT+1`, on macOS `CET`): the usual abbreviation of a European
/// zone by its offset and whether it is summer time, otherwise `UTC` and the offset.
enum ICalendarZoneName {
    static func name(identifier: String, offsetSeconds: Int, isDaylight: Bool) -> String {
        if identifier == "UTC" || identifier == "Etc/UTC" || identifier == "GMT", offsetSeconds == 0 { return "UTC" }
        if identifier.hasPrefix("Europe/"), let name = european(identifier, offsetSeconds: offsetSeconds, isDaylight: isDaylight) {
            return name
        }
        return "UTC" + ICalendarDateFormat.utcOffset(offsetSeconds)
    }

    private static func european(_ identifier: String, offsetSeconds: Int, isDaylight: Bool) -> String? {
        let british = identifier == "Europe/London" || identifier == "Europe/Dublin"
        switch (offsetSeconds, isDaylight) {
        case (0, false): return british ? "GMT" : "WET"
        case (3600, true): return identifier == "Europe/London" ? "BST" : identifier == "Europe/Dublin" ? "IST" : "WEST"
        case (3600, false): return "CET"
        case (7200, true): return "CEST"
        case (7200, false): return "EET"
        case (10800, true): return "EEST"
        case (10800, false) where identifier == "Europe/Moscow": return "MSK"
        default: return nil
        }
    }
}
