import SiteModel

/// What the feeds say of an item's dates (docs/writing-content.md, « Feeds and calendars »). Never after the build's
/// day (`now`), never a day the content does not give.
///
/// - `published`: the `published:` key; else the day (and time) of a past event, or of a news post
///   dated to the day. Nil when none is known: an upcoming event without `published:`, or a date
///   known to the month only (RSS and JSON Feed then give no date).
/// - `order`: the latest instant the item was certainly published by, for the order of the items
///   and for Atom, whose entries must have a date: `published`, else the end of the month of a
///   month-only date, else the build's day; never after it.
struct FeedDating {
    let published: EventDate?
    let order: EventDate
    /// `updated:` (the recap of an event, the correction of a post), no later than the build's day.
    let updated: EventDate?

    /// When the item last changed: `updated`, unless it says a day before `order`.
    var modified: EventDate {
        guard let updated, updated.wallClockSeconds > order.wallClockSeconds else { return order }
        return updated
    }

    init(date: EventDate, published written: EventDate?, updated: EventDate?, isEvent: Bool, now: EventDate?) {
        func notAfterNow(_ date: EventDate) -> EventDate {
            guard let now, date.dayOrdinal > now.dayOrdinal else { return date }
            return now
        }
        let known: EventDate?
        if let written, written.precision != .month {
            known = notAfterNow(written)
        } else if date.precision == .month {
            known = nil
        } else if isEvent, let now, date.dayOrdinal > now.dayOrdinal {
            known = nil  // announced on some day before the event: which one is not written
        } else {
            known = notAfterNow(date)
        }
        published = known
        let month = written?.precision == .month ? written : (date.precision == .month ? date : nil)
        order = known ?? notAfterNow(month.map(Self.lastMinute(ofMonthOf:)) ?? now ?? date)
        self.updated = updated.map(notAfterNow)
    }

    /// The last minute of the month of `date`, on the wall clock.
    static func lastMinute(ofMonthOf date: EventDate) -> EventDate {
        let next = date.month == 12 ? (date.year + 1, 1) : (date.year, date.month + 1)
        let lastDay = EventDate.epochDay(year: next.0, month: next.1, day: 1) - EventDate.epochDay(year: date.year, month: date.month, day: 1)
        return EventDate(year: date.year, month: date.month, day: lastDay, hour: 23, minute: 59)
    }
}
