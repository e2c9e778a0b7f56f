import Foundation
import SiteModel
@testable import SiteRender

/// Sites built in code for the calendar tests, and helpers to read the iCalendar they give.
enum CalendarFixture {
    static let cantine = Venue(key: "cantine", name: "Cantine numérique de Cornouaille",
                               address: "Creac’h Gwen, Quimper", geo: GeoPoint(latitude: 47.98, longitude: -4.10))

    static func config(timeZone: String = "Europe/Paris") -> SiteConfig {
        SiteConfig(title: "Breizh’péro", tagline: "Les apéros web de Quimper et de Cornouaille",
                   baseURL: "https://www.silicon-kerne.net", timeZoneIdentifier: timeZone,
                   organizer: "Silicon Kerné", eventDurationMinutes: 180).withDefaultWords()
    }

    static func site(_ editions: [Edition], timeZone: String = "Europe/Paris") -> Site {
        Site(config: config(timeZone: timeZone), venues: [cantine], editions: editions)
    }

    static func timed(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> EventDate {
        EventDate(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    /// A small but varied site: all-day, month precision, timed with speakers, DST crossings,
    /// a cancelled and a postponed edition.
    static var breizhpero: Site {
        site([
            Edition(series: .breizhpero, number: 1, title: "Premier apéro", date: EventDate(year: 2011, month: 2, day: 23),
                    venue: cantine, tags: ["apéro"], summary: "On se retrouve, enfin."),
            Edition(series: .breizhpero, number: 2, title: "Le mois sans jour", date: EventDate(year: 2011, month: 4)),
            Edition(series: .breizhpero, number: 4, title: "Le référencement naturel", date: timed(2011, 11, 10, 19),
                    end: timed(2011, 11, 10, 22), venue: cantine,
                    speakers: [Speaker(name: "Ronan Chardonneau", affiliation: "SEO Camp"), Speaker(name: "Sterenn Le Coz")],
                    tags: ["seo", "référencement"], summary: "Comment être trouvé ; et pourquoi, surtout.",
                    sequence: 2),
            Edition(series: .breizhpero, number: 5, title: "Nuit blanche", date: timed(2012, 3, 25, 1, 30), venue: cantine),
            Edition(series: .breizhpero, number: 6, title: "Après le changement d’heure", date: timed(2012, 3, 29, 19)),
            Edition(series: .breizhpero, number: 7, title: "Annulé, faute de salle", date: timed(2012, 6, 14, 19), status: .cancelled),
            Edition(series: .breizhpero, number: 8, title: "Reporté", date: EventDate(year: 2012, month: 9, day: 20), status: .postponed),
            Edition(series: .breizhpero, number: 9, title: "Retour à l’heure d’hiver", date: timed(2012, 10, 28, 1)),
        ])
    }

    static func file(_ path: String, in files: [OutputFile]) throws -> OutputFile {
        guard let file = files.first(where: { $0.path == path }) else { throw FixtureError.missing(path) }
        return file
    }

    static func text(_ file: OutputFile) -> String { String(decoding: file.contents, as: UTF8.self) }

    /// Logical content lines: folds undone, CRLF removed.
    static func unfoldedLines(_ file: OutputFile) -> [String] {
        unfoldedLines(file.contents)
    }

    /// Works on bytes: a fold may sit before a combining character, where String's
    /// character-based searching would not see the CRLF + space.
    static func unfoldedLines(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        for physical in physicalLines(bytes) {
            if physical.first == UInt8(ascii: " "), !lines.isEmpty {
                lines[lines.count - 1] += String(decoding: physical.dropFirst(), as: UTF8.self)
            } else {
                lines.append(String(decoding: physical, as: UTF8.self))
            }
        }
        return lines
    }

    /// The lines of one component, from its BEGIN to its END line, for every occurrence.
    static func components(_ name: String, in lines: [String]) -> [[String]] {
        var result: [[String]] = []
        var current: [String]?
        for line in lines {
            if line == "BEGIN:\(name)" { current = [] }
            current?.append(line)
            if line == "END:\(name)", let finished = current {
                result.append(finished)
                current = nil
            }
        }
        return result
    }

    /// The VEVENT of edition `number`.
    static func event(_ number: Int, in file: OutputFile) throws -> [String] {
        let uid = "UID:breizhpero-\(number)@www.silicon-kerne.net"
        guard let event = components("VEVENT", in: unfoldedLines(file)).first(where: { $0.contains(uid) })
        else { throw FixtureError.missing(uid) }
        return event
    }

    /// The value of the first line that starts with `prefix` (name and parameters, up to the colon).
    static func value(_ prefix: String, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix(prefix + ":") }.map { String($0.dropFirst(prefix.count + 1)) }
    }

    /// The physical lines as bytes, split on CRLF.
    static func physicalLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append(current)
                current = []
                index += 2
            } else {
                current.append(bytes[index])
                index += 1
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    enum FixtureError: Error { case missing(String) }
}

extension EventSeries {
    /// The series of the events these tests make, as the real site's series.yml names it.
    static let breizhpero = EventSeries(key: "breizhpero", name: "Breizh’péro", folder: "editions")
}
