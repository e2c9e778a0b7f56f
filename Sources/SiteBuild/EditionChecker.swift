import Foundation
import SiteModel

/// Checks that span editions or need the reference day: numbers and dates in the same order,
/// a recap for every past edition, no attendance for one still to come.
struct EditionChecker {
    /// Sorted by number.
    let editions: [Edition]
    let now: EventDate
    let timeZone: TimeZone
    let locator: SourceLocator
    /// The diagnostic path of an edition's file.
    let displayPath: (Edition) -> String

    func check() -> [Diagnostic] {
        var diagnostics = orderDiagnostics()
        for edition in editions {
            let path = displayPath(edition)
            let fileStart = SourceLocation(path: path, line: 1, column: 1)
            if isPast(edition), edition.status == .scheduled, edition.body.isEmpty {
                diagnostics.append(.warning(
                    at: locator.frontMatterClosing(in: path) ?? fileStart,
                    "edition \(edition.number) took place (\(edition.date)) but has no recap",
                    hint: "write what was presented after the front matter, or set 'status: cancelled'"))
            }
            if edition.isUpcoming(relativeTo: now), edition.attendees != nil {
                diagnostics.append(.warning(
                    at: locator.frontMatterValue("attendees", in: path) ?? fileStart,
                    "edition \(edition.number) is upcoming (\(edition.date)) but already has 'attendees'",
                    hint: "add the attendance after the evening"))
            }
        }
        return diagnostics
    }

    /// One warning per pair of neighbours (by number) whose dates go the other way, on the
    /// edition that is out of place when its other neighbour tells which one it is.
    private func orderDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<Int> = []
        for index in editions.indices.dropFirst() {
            let (earlier, later) = (editions[index - 1], editions[index])
            guard isBefore(later.date, earlier.date) else { continue }
            let beforeEarlier = index >= 2 ? editions[index - 2] : nil
            let earlierIsOff = beforeEarlier.map { !isBefore(later.date, $0.date) } ?? false
            let (culprit, other) = earlierIsOff ? (earlier, later) : (later, earlier)
            guard reported.insert(culprit.number).inserted else { continue }
            let relation = culprit.number < other.number ? "after" : "before"
            let path = displayPath(culprit)
            diagnostics.append(.warning(
                at: locator.frontMatterValue("date", in: path) ?? SourceLocation(path: path, line: 1, column: 1),
                "edition \(culprit.number) is dated \(culprit.date), \(relation) edition \(other.number) (\(other.date))",
                hint: "edition numbers and dates should go in the same order; check 'date' and 'edition'"))
        }
        return diagnostics
    }

    /// Strictly before, at the coarser of the two precisions (a month against a day compares months).
    private func isBefore(_ lhs: EventDate, _ rhs: EventDate) -> Bool {
        let (left, right) = (lhs.wallClock(in: timeZone), rhs.wallClock(in: timeZone))
        if left.precision == .month || right.precision == .month {
            return (left.year, left.month) < (right.year, right.month)
        }
        return left.dayOrdinal < right.dayOrdinal
    }

    /// Before the reference day (a month-only date: before its month).
    private func isPast(_ edition: Edition) -> Bool {
        isBefore(edition.date, now)
    }
}
