import Foundation
import SiteModel

/// Checks that span events or need the reference day: numbers and dates in the same order
/// within each numbered series, a recap for every past event, no attendance for one still to come,
/// and for one still to come a day, a time and a venue (calendars and search engines need them).
struct EditionChecker {
    /// Sorted by series, then number.
    let editions: [Edition]
    let now: EventDate
    let timeZone: TimeZone
    let locator: SourceLocator
    /// The diagnostic path of an edition's file.
    let displayPath: (Edition) -> String

    func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var start = editions.startIndex
        while start < editions.endIndex {
            let key = editions[start].series.key
            let end = editions[start...].firstIndex { $0.series.key != key } ?? editions.endIndex
            if editions[start].series.numbered { diagnostics += orderDiagnostics(editions[start..<end]) }
            start = end
        }
        for edition in editions {
            let path = displayPath(edition)
            let fileStart = SourceLocation(path: path, line: 1, column: 1)
            if isPast(edition), edition.status == .scheduled, edition.body.isEmpty {
                diagnostics.append(.warning(
                    at: locator.frontMatterClosing(in: path) ?? fileStart,
                    "\(label(edition)) took place (\(edition.date)) but has no recap",
                    hint: "write what was presented after the front matter, or set 'status: cancelled'"))
            }
            if edition.isUpcoming(relativeTo: now), edition.attendees != nil {
                diagnostics.append(.warning(
                    at: locator.frontMatterValue("attendees", in: path) ?? fileStart,
                    "\(label(edition)) is upcoming (\(edition.date)) but already has 'attendees'",
                    hint: "add the attendance after the evening"))
            }
            if edition.isUpcoming(relativeTo: now), edition.status != .cancelled {
                var missing: [String] = []
                if edition.date.precision == .month { missing.append("no day") }
                if edition.date.precision != .time { missing.append("no time") }
                if edition.venue == nil { missing.append("no venue") }
                if !missing.isEmpty {
                    let onlyVenue = edition.date.precision == .time
                    let todo = (onlyVenue ? [] : ["the day and time to 'date' (YYYY-MM-DDTHH:MM)"])
                        + (edition.venue == nil ? ["a 'venue'"] : [])
                    diagnostics.append(.warning(
                        at: locator.frontMatterValue(onlyVenue ? "title" : "date", in: path) ?? fileStart,
                        "\(label(edition)) is upcoming but has \(missing.joined(separator: ", ")): calendars and search engines cannot announce it fully",
                        hint: "add \(todo.joined(separator: " and ")) once known"))
                }
            }
        }
        return diagnostics
    }

    /// One warning per pair of neighbours (by number) whose dates go the other way, on the
    /// edition that is out of place when its other neighbour tells which one it is.
    private func orderDiagnostics(_ editions: ArraySlice<Edition>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<Int> = []
        // Dates read in place: a copy of an edition retains and releases each of its fields.
        for index in editions.indices.dropFirst() where isBefore(editions[index].date, editions[index - 1].date) {
            let (earlier, later) = (editions[index - 1], editions[index])
            let earlierIsOff = index - 2 >= editions.startIndex && !isBefore(later.date, editions[index - 2].date)
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

    /// « edition 4 » in a numbered series, « event 'pixel-pero' of series 'cantine' » in another.
    private func label(_ edition: Edition) -> String {
        edition.slug.map { "event '\($0)' of series '\(edition.series.key)'" } ?? "edition \(edition.number)"
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
