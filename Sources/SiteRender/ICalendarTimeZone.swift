import Foundation

/// A VTIMEZONE built from the zone's real transitions, as Foundation knows them, over the
/// years a calendar's events span; nothing is hard-coded.
struct ICalendarTimeZone: Hashable {
    let identifier: String
    let observances: [ICalendarObservance]

    /// `identifier` is the TZID the events refer to. Covers the local years `firstYear` through
    /// `lastYear`. The observance in force on the first of January of `firstYear` comes first:
    /// the transition that started it when it happened in the year before, otherwise one
    /// STANDARD (or DAYLIGHT) component starting then. A zone without summer time therefore
    /// gets a single STANDARD component.
    init(identifier: String, timeZone: TimeZone, firstYear: Int, lastYear: Int) {
        self.identifier = identifier
        let rangeStart = Self.localStartOfYear(min(firstYear, lastYear), in: timeZone)
        let rangeEnd = Self.localStartOfYear(max(firstYear, lastYear) + 1, in: timeZone)
        let lookBackStart = rangeStart.addingTimeInterval(-366 * 86_400)

        var before: ICalendarObservance?
        var within: [ICalendarObservance] = []
        var cursor = lookBackStart
        while let transition = timeZone.nextDaylightSavingTimeTransition(after: cursor),
              transition > cursor, transition < rangeEnd {
            let observance = Self.observance(at: transition, in: timeZone)
            if transition < rangeStart { before = observance } else { within.append(observance) }
            cursor = transition
        }
        let first = before ?? ICalendarObservance(
            isDaylight: timeZone.isDaylightSavingTime(for: rangeStart),
            onset: rangeStart,
            offsetFromSeconds: timeZone.secondsFromGMT(for: rangeStart),
            offsetToSeconds: timeZone.secondsFromGMT(for: rangeStart),
            name: Self.name(of: timeZone, at: rangeStart))
        observances = [first] + within
    }

    func write(into writer: inout ICalendarWriter) {
        writer.begin("VTIMEZONE")
        writer.add("TZID", identifier)
        for observance in observances {
            observance.write(into: &writer)
        }
        writer.end("VTIMEZONE")
    }

    private static func observance(at transition: Date, in timeZone: TimeZone) -> ICalendarObservance {
        ICalendarObservance(
            isDaylight: timeZone.isDaylightSavingTime(for: transition),
            onset: transition,
            offsetFromSeconds: timeZone.secondsFromGMT(for: transition.addingTimeInterval(-1)),
            offsetToSeconds: timeZone.secondsFromGMT(for: transition),
            name: name(of: timeZone, at: transition))
    }

    /// `CET`, `CEST`: Kerné's own names (`ICalendarZoneName`), not the platform's.
    private static func name(of timeZone: TimeZone, at instant: Date) -> String {
        ICalendarZoneName.name(identifier: timeZone.identifier, offsetSeconds: timeZone.secondsFromGMT(for: instant),
                               isDaylight: timeZone.isDaylightSavingTime(for: instant))
    }

    /// Midnight on the first of January of `year`, on the zone's wall clock.
    private static func localStartOfYear(_ year: Int, in timeZone: TimeZone) -> Date {
        let utcMidnight = ICalendarDateFormat.startOfYearUTC(year)
        return utcMidnight.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: utcMidnight)))
    }
}
