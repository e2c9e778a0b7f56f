import Foundation
import FuzzSupport
import SiteRender

/// RFC 5545 text: an escaped value holds no line break and no bare `;` `,` `\`; a folded line
/// has physical lines of at most 75 octets, never splits a UTF-8 sequence, and unfolds back.
enum ICalendarProperties {
    static func check(_ bytes: [UInt8]) {
        let text = Fuzz.text(bytes)
        let escaped = ICalendarText.escape(text)
        Fuzz.require(!escaped.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }, "line break survived escaping")
        var scalars = escaped.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\\" {
                let next = scalars.next()
                Fuzz.require(next.map { "\\;,n".unicodeScalars.contains($0) } ?? false, "lone backslash in \(escaped.debugDescription)")
            } else {
                Fuzz.require(scalar != ";" && scalar != ",", "unescaped separator in \(escaped.debugDescription)")
            }
        }
        let line = "SUMMARY:" + escaped
        let folded = ICalendarText.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        Fuzz.require(physical.allSatisfy { $0.utf8.count <= ICalendarText.maximumLineOctets }, "a line longer than 75 octets")
        // Octets, not characters: a continuation may start with a combining mark, which joins the space.
        Fuzz.require(physical.dropFirst().allSatisfy { $0.utf8.first == 0x20 }, "a continuation line without its space")
        let unfolded = physical.enumerated().map { $0 == 0 ? Array($1.utf8) : Array($1.utf8.dropFirst()) }.joined()
        Fuzz.require(Array(unfolded) == Array(line.utf8), "unfolding does not give the line back")
    }
}

#if KERNE_FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ICalendarProperties.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#else
@main enum Replay {
    static func main() { exit(Fuzz.replay(CommandLine.arguments.dropFirst(), ICalendarProperties.check)) }
}
#endif
