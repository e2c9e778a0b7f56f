import Foundation
import SiteModel
import Testing
import TestSupport

/// `StartOrder` must compare every pair of dates as their start instants do, including dates a
/// few hours apart across daylight saving changes, with written offsets, and at every precision.
@Suite struct StartOrderTests {
    static let zones = ["Europe/Paris", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns",
                        "Australia/Lord_Howe", "UTC"]

    /// Dates around 2013-03-31 and 2013-10-27 (Paris changes its clocks), hours apart, and
    /// others spread over years; some with a written offset, some to the day or the month.
    static func dates(count: Int, seed: UInt64) -> [EventDate] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let cluster = Int.random(in: 0..<3, using: &generator)
            let (year, month, day) = cluster == 0 ? (2013, 3, Int.random(in: 29...31, using: &generator))
                : cluster == 1 ? (2013, 10, Int.random(in: 26...28, using: &generator))
                : (Int.random(in: 2005...2030, using: &generator), Int.random(in: 1...12, using: &generator),
                   Int.random(in: 1...28, using: &generator))
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: return EventDate(year: year, month: month)
            case 1: return EventDate(year: year, month: month, day: day)
            case 2, 3:
                let offset = [-12 * 3_600, -3 * 3_600 - 1_800, 0, 3_600, 7_200, 14 * 3_600].randomElement(using: &generator)!
                return EventDate(year: year, month: month, day: day, hour: Int.random(in: 0...23, using: &generator),
                                 minute: [0, 30, 59].randomElement(using: &generator)!, utcOffsetSeconds: offset)
            default:
                return EventDate(year: year, month: month, day: day, hour: Int.random(in: 0...23, using: &generator),
                                 minute: [0, 15, 30, 59].randomElement(using: &generator)!)
            }
        }
    }

    @Test(arguments: zones)
    func everyPairComparesAsItsInstantsDo(_ identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        let dates = Self.dates(count: 300, seed: UInt64(identifier.utf8.count))
        let instants = dates.map { $0.startInstant(in: zone) }
        var order = StartOrder(dates, in: zone)
        var mismatches: [String] = []
        for lhs in dates.indices {
            for rhs in dates.indices {
                let expected = instants[lhs] < instants[rhs] ? -1 : (instants[lhs] == instants[rhs] ? 0 : 1)
                let found = order.compare(lhs, rhs).signum()
                if found != expected, mismatches.count < 5 { mismatches.append("\(dates[lhs]) vs \(dates[rhs])") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches), \(SeededGenerator(seed: UInt64(identifier.utf8.count)).replay)")
    }

    @Test func theWallClockIsWithinADayOfTheInstant() throws {
        for identifier in Self.zones {
            let zone = try #require(TimeZone(identifier: identifier))
            for date in Self.dates(count: 500, seed: 7) {
                let instant = Int(date.startInstant(in: zone).timeIntervalSince1970)
                #expect(abs(date.wallClockSeconds - instant) < 86_400, "\(date) in \(identifier), \(SeededGenerator(seed: 7).replay)")
                if date.utcOffsetSeconds != nil { #expect(date.wallClockSeconds == instant, "\(date)") }
            }
        }
    }

    /// Foundation's Gregorian calendar is Julian before October 1582: dates from 1600 on.
    @Test func epochDaysMatchTheGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for (year, month, day) in [(1970, 1, 1), (1969, 12, 31), (2000, 2, 29), (2013, 10, 5), (1600, 3, 1),
                                   (1600, 2, 29), (9999, 12, 31), (2024, 2, 29), (1900, 3, 1), (2100, 2, 28)] {
            let date = try #require(calendar.date(from: DateComponents(year: year, month: month, day: day)))
            #expect(EventDate.epochDay(year: year, month: month, day: day) * 86_400 == Int(date.timeIntervalSince1970),
                    "\(year)-\(month)-\(day)")
        }
    }
}
