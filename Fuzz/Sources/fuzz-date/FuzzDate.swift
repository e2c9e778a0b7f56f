import Foundation
import FuzzSupport
import SiteModel

/// A date that parses is a real date, prints back to text that parses to the same date, and
/// gives an instant in a time zone without trapping.
enum DateProperties {
    static let timeZone = TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600)!

    static func check(_ bytes: [UInt8]) {
        guard let date = EventDate.parse(Fuzz.text(bytes)) else { return }
        Fuzz.require((1...12).contains(date.month), "month \(date.month)")
        if date.precision >= .day {
            Fuzz.require((1...EventDate.daysIn(month: date.month, year: date.year)).contains(date.day), "day \(date.day)")
        }
        if date.precision == .time {
            Fuzz.require((0..<24).contains(date.hour) && (0..<60).contains(date.minute), "time \(date.hour):\(date.minute)")
        }
        Fuzz.require(EventDate.parse(date.description) == date, "\(date) does not parse back")
        _ = date.startInstant(in: timeZone)
        _ = date.wallClock(in: timeZone)
    }
}

#if KERNE_FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    DateProperties.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#else
@main enum Replay {
    static func main() { exit(Fuzz.replay(CommandLine.arguments.dropFirst(), DateProperties.check)) }
}
#endif
