import BinaryFormat
import SiteModel
import SiteSource

// The model's values in the cache's one binary format, field by field.

extension FileResult: BinaryCodable where Value: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(value)
        writer.add(diagnostics)
        writer.add(identity)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(value: try reader.optional(), diagnostics: try reader.array(), identity: try reader.value())
    }
}

extension EventSeries: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(key)
        writer.add(name)
        writer.add(folder)
        writer.add(numbered)
        writer.add(description)
        writer.add(venue)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(key: try reader.string(), name: try reader.string(), folder: try reader.string(),
                  numbered: try reader.bool(), description: try reader.optionalString(),
                  venue: try reader.optionalString())
    }
}

extension Edition: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(series)
        writer.add(number)
        writer.add(slug)
        writer.add(title)
        writer.add(date)
        writer.add(end)
        writer.add(venue)
        writer.add(speakers)
        writer.add(attendees)
        writer.add(tags)
        writer.add(status)
        writer.add(summary)
        writer.add(photos)
        writer.add(draft)
        writer.add(sequence)
        writer.add(updated)
        writer.add(published)
        writer.add(previousDate)
        writer.add(body)
        writer.add(sourcePath)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(series: try reader.value(), number: try reader.int(), slug: try reader.optionalString(), title: try reader.string(), date: try reader.value(), end: try reader.optional(),
                  venue: try reader.optional(), speakers: try reader.array(), attendees: try reader.optionalInt(),
                  tags: try reader.strings(), status: try reader.value(), summary: try reader.string(),
                  photos: try reader.array(), draft: try reader.bool(), sequence: try reader.int(),
                  updated: try reader.optional(), published: try reader.optional(), previousDate: try reader.optional(),
                  body: try reader.value(), sourcePath: try reader.string())
    }
}

extension NewsPost: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(slug)
        writer.add(title)
        writer.add(date)
        writer.add(author)
        writer.add(tags)
        writer.add(summary)
        writer.add(draft)
        writer.add(updated)
        writer.add(body)
        writer.add(sourcePath)
        writer.add(folder)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(slug: try reader.string(), title: try reader.string(), date: try reader.value(),
                  author: try reader.optionalString(), tags: try reader.strings(), summary: try reader.string(),
                  draft: try reader.bool(), updated: try reader.optional(), body: try reader.value(),
                  sourcePath: try reader.string())
        folder = try reader.string()
    }
}

extension Page: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(slug)
        writer.add(title)
        writer.add(menu)
        writer.add(draft)
        writer.add(body)
        writer.add(sourcePath)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(slug: try reader.string(), title: try reader.string(), menu: try reader.optionalInt(),
                  draft: try reader.bool(), body: try reader.value(), sourcePath: try reader.string())
    }
}

/// Everything but the full text (`html`, `plainText`), which the parse cache keeps apart.
extension RenderedMarkdown: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(summaryHTML)
        writer.add(summaryText)
        writer.add(links)
        writer.add(images)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(summaryHTML: try reader.string(), summaryText: try reader.string(), links: try reader.strings(),
                  images: try reader.strings())
    }
}

extension EventDate: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(precision.rawValue)
        writer.add(year)
        writer.add(month)
        writer.add(day)
        writer.add(hour)
        writer.add(minute)
        writer.add(utcOffsetSeconds)
    }

    /// Made through the public initializers, which fix the fields a precision does not use:
    /// a stored value they cannot give back is not one `write` wrote.
    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        let precision = Precision(rawValue: try reader.int())
        let (year, month, day, hour, minute) = (try reader.int(), try reader.int(), try reader.int(), try reader.int(),
                                                try reader.int())
        let offset = try reader.optionalInt()
        switch precision {
        case .month: self.init(year: year, month: month)
        case .day: self.init(year: year, month: month, day: day)
        case .time: self.init(year: year, month: month, day: day, hour: hour, minute: minute, utcOffsetSeconds: offset)
        case nil: throw .invalid
        }
        guard self.day == day, self.hour == hour, self.minute == minute, utcOffsetSeconds == offset else {
            throw .invalid
        }
    }
}

extension EditionStatus: BinaryCodable {
    package func write(to writer: inout BinaryWriter) { writer.add(rawValue) }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        guard let status = EditionStatus(rawValue: try reader.string()) else { throw .invalid }
        self = status
    }
}

extension Venue: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(key)
        writer.add(name)
        writer.add(address)
        writer.add(url)
        writer.add(geo)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(key: try reader.optionalString(), name: try reader.string(), address: try reader.optionalString(),
                  url: try reader.optionalString(), geo: try reader.optional())
    }
}

extension GeoPoint: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(latitude)
        writer.add(longitude)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(latitude: try reader.double(), longitude: try reader.double())
    }
}

extension Speaker: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(name)
        writer.add(affiliation)
        writer.add(url)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(name: try reader.string(), affiliation: try reader.optionalString(), url: try reader.optionalString())
    }
}

extension Photo: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(src)
        writer.add(alt)
        writer.add(width)
        writer.add(height)
        writer.add(location)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(src: try reader.string(), alt: try reader.string(), width: try reader.optionalInt(),
                  height: try reader.optionalInt(), location: try reader.optional(SourceLocation.self))
    }
}

extension Diagnostic: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(severity.rawValue)
        writer.add(location)
        writer.add(message)
        writer.add(hint)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        guard let severity = Severity(rawValue: try reader.string()) else { throw .invalid }
        self.init(severity, at: try reader.value(), try reader.string(), hint: try reader.optionalString())
    }
}

extension SourceLocation: BinaryCodable {
    package func write(to writer: inout BinaryWriter) {
        writer.add(path)
        writer.add(line)
        writer.add(column)
    }

    package init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(path: try reader.string(), line: try reader.int(), column: try reader.int())
    }
}
