extension EventDate {
    /// Parses `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM`, the latter
    /// optionally followed by `Z` or `±HH:MM`. Returns nil for anything else, including
    /// impossible dates such as `2011-02-30` or `2011-13`.
    public static func parse(_ text: String) -> EventDate? {
        let chars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count, !range.isEmpty else { return nil }
            var value = 0
            for index in range {
                let c = chars[index]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        func isByte(_ index: Int, _ byte: UInt8) -> Bool { index < chars.count && chars[index] == byte }

        guard let year = number(0..<4), isByte(4, 45), let month = number(5..<7), (1...12).contains(month),
              year >= 1 else { return nil }
        if chars.count == 7 { return EventDate(year: year, month: month) }

        guard isByte(7, 45), let day = number(8..<10), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        if chars.count == 10 { return EventDate(year: year, month: month, day: day) }

        guard isByte(10, 84) || isByte(10, 32), let hour = number(11..<13), hour < 24, isByte(13, 58),
              let minute = number(14..<16), minute < 60 else { return nil }
        var index = 16
        // Seconds are tolerated when zero-padded and ignored: calendars care for minutes.
        if isByte(16, 58) {
            guard let seconds = number(17..<19), seconds < 60 else { return nil }
            index = 19
        }
        if index == chars.count {
            return EventDate(year: year, month: month, day: day, hour: hour, minute: minute)
        }
        if isByte(index, 90), index + 1 == chars.count {
            return EventDate(year: year, month: month, day: day, hour: hour, minute: minute, utcOffsetSeconds: 0)
        }
        guard isByte(index, 43) || isByte(index, 45), index + 6 == chars.count,
              let offsetHours = number(index + 1 ..< index + 3), offsetHours <= 14, isByte(index + 3, 58),
              let offsetMinutes = number(index + 4 ..< index + 6), offsetMinutes < 60 else { return nil }
        let sign = chars[index] == 45 ? -1 : 1
        return EventDate(year: year, month: month, day: day, hour: hour, minute: minute,
                         utcOffsetSeconds: sign * (offsetHours * 3600 + offsetMinutes * 60))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
