import Foundation
import SiteModel

extension DateText {
    /// Machine-readable form for `<time datetime>` and JSON-LD, at the date's precision:
    /// `2011-04`, `2011-02-23`, `2011-11-10T19:00+01:00` (offset of the site's zone that day).
    public static func iso(_ date: EventDate, in timeZone: TimeZone) -> String {
        let local = date.wallClock(in: timeZone)
        switch local.precision {
        case .month, .day:
            return local.description
        case .time:
            let offset = timeZone.secondsFromGMT(for: date.startInstant(in: timeZone))
            let sign = offset < 0 ? "-" : "+"
            let magnitude = abs(offset)
            return local.description + sign + EventDate.padded(magnitude / 3600, 2) + ":"
                + EventDate.padded((magnitude % 3600) / 60, 2)
        }
    }
}
