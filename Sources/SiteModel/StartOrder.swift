import Foundation

/// Compares dates by the instant they start at in a time zone (`EventDate.startInstant(in:)`),
/// which is slow to work out: thousands of editions sorted by date would ask for one per
/// edition. Two dates whose wall clocks are two days apart or more compare as their wall clocks
/// do (each instant is within a day of its wall clock read as UTC), so only dates closer than
/// that get their instants worked out, once each.
public struct StartOrder {
    private let dates: [EventDate]
    private let timeZone: TimeZone
    private let wallClocks: [Int]
    private var instants: [Date?]

    public init(_ dates: [EventDate], in timeZone: TimeZone) {
        self.dates = dates
        self.timeZone = timeZone
        wallClocks = dates.map(\.wallClockSeconds)
        instants = Array(repeating: nil, count: dates.count)
    }

    /// Whether the date at position `lhs` starts before (negative), with (zero) or after
    /// (positive) the one at `rhs`.
    public mutating func compare(_ lhs: Int, _ rhs: Int) -> Int {
        let difference = wallClocks[lhs] - wallClocks[rhs]
        if abs(difference) >= EventDate.wallClockOrderMargin { return difference }
        let (left, right) = (instant(lhs), instant(rhs))
        return left < right ? -1 : (left == right ? 0 : 1)
    }

    private mutating func instant(_ position: Int) -> Date {
        if let known = instants[position] { return known }
        let instant = dates[position].startInstant(in: timeZone)
        instants[position] = instant
        return instant
    }
}
