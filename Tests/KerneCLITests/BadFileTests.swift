import Foundation
import Testing
import TestSupport

/// Damaged or extreme content files, each checked by the real binary with a time limit: a
/// diagnostic or a success, never a crash, a hang or unbounded memory.
@Suite struct BadFileTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The bytes of `content/editions/01-a.md`.
        var bytes: @Sendable () -> [UInt8]
        /// nil: `kerne check` succeeds; otherwise a line it prints.
        var diagnostic: String?
        var testDescription: String { name }
    }

    static let header = "---\nedition: 1\ntitle: A\ndate: 2011-02-23\n---\n"
    /// 20 MB; CI's sanitizer runs, ten times slower, set KERNE_LARGE_INPUT_MB lower.
    static let largeBytes = (Int(ProcessInfo.processInfo.environment["KERNE_LARGE_INPUT_MB"] ?? "") ?? 20) << 20

    static func text(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let cases: [Case] = [
        Case(name: "not UTF-8", bytes: { text(header) + [0x43, 0x61, 0x66, 0xE9, 0x0A] },
             diagnostic: "content/editions/01-a.md:1:1: error: the file is not valid UTF-8"),
        Case(name: "byte order mark", bytes: { [0xEF, 0xBB, 0xBF] + text(header + "Texte.\n") }, diagnostic: nil),
        Case(name: "CRLF line ends", bytes: { text((header + "Texte.\n").replacingOccurrences(of: "\n", with: "\r\n")) },
             diagnostic: nil),
        Case(name: "BOM, CRLF and an error on line 4",
             bytes: { [0xEF, 0xBB, 0xBF] + text("---\r\nedition: 1\r\ntitle: A\r\ndate: 2011-02-30\r\n---\r\nTexte.\r\n") },
             diagnostic: "content/editions/01-a.md:4:7: error: invalid date '2011-02-30' for 'date'"),
        Case(name: "empty", bytes: { [] }, diagnostic: "content/editions/01-a.md:1:1: error: the file is empty"),
        Case(name: "only whitespace", bytes: { text(" \n\t\r\n") }, diagnostic: "content/editions/01-a.md:1:1: error: the file is empty"),
        Case(name: "front matter not closed", bytes: { text("---\nedition: 1\ntitle: A\ndate: 2011-02-23\nTexte.\n") },
             diagnostic: "content/editions/01-a.md:1:1: error: front matter is not closed: no line '---' after it"),
        Case(name: "billion laughs", bytes: {
            var yaml = "---\nedition: 1\ntitle: A\ndate: 2011-02-23\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
            for level in 1...9 { yaml += "\(Character(Unicode.Scalar(97 + level)!)): &\(Character(Unicode.Scalar(97 + level)!)) [" + Array(repeating: "*\(Character(Unicode.Scalar(96 + level)!))", count: 9).joined(separator: ",") + "]\n" }
            return text(yaml + "---\nTexte.\n")
        }, diagnostic: "content/editions/01-a.md:5:4: error: YAML anchors and aliases (&name, *name) are not supported: write the value out"),
        Case(name: "10,000 nested flow lists in YAML", bytes: {
            text("---\nedition: 1\ntitle: A\ndate: 2011-02-23\ntags: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n---\n")
        }, diagnostic: "content/editions/01-a.md:5:8: error: YAML nested too deeply (more than 64 levels)"),
        Case(name: "NUL and control bytes in the body", bytes: { text(header) + [0x61, 0x00, 0x62, 0x01, 0x1B, 0x7F, 0x0A] }, diagnostic: nil),
        Case(name: "20 MB body", bytes: {
            let paragraph = text("Un paragraphe avec des *mots*, un [lien](https://example.org/) et du `code`.\n\n")
            var body = text(header)
            body.reserveCapacity(largeBytes + paragraph.count)
            while body.count < largeBytes { body += paragraph }
            return body
        }, diagnostic: nil),
        Case(name: "a 1 MB title", bytes: { text("---\nedition: 1\ntitle: " + String(repeating: "Très long titre ", count: 65_536) + "\ndate: 2011-02-23\n---\nTexte.\n") },
             diagnostic: nil),
        Case(name: "10,000 nested list items", bytes: { text(header + String(repeating: "- ", count: 10_000) + "x\n") }, diagnostic: nil),
        Case(name: "10,000 nested ordered list items", bytes: { text(header + String(repeating: "1. ", count: 10_000) + "x\n") }, diagnostic: nil),
        Case(name: "10,000 nested block quotes", bytes: { text(header + String(repeating: ">", count: 10_000) + " x\n") }, diagnostic: nil),
        Case(name: "10,000 nested quotes and lists", bytes: { text(header + String(repeating: "> - ", count: 5_000) + "x\n") }, diagnostic: nil),
        Case(name: "10,000 nested emphasis and links", bytes: {
            text(header + String(repeating: "*[", count: 10_000) + "x" + String(repeating: "](https://example.org/)*", count: 10_000) + "\n")
        }, diagnostic: nil),
        Case(name: "100,000 unclosed brackets", bytes: { text(header + String(repeating: "[a](", count: 100_000) + "\n") }, diagnostic: nil),
    ]

    @Test(arguments: cases)
    func aBadFileGivesADiagnosticOrASuccessInBoundedTimeAndMemory(_ badFile: Case) throws {
        let site = try ScratchSite()
        try site.write("editions/01-a.md", Data(badFile.bytes()))
        let result = try MeasuredRun.kerne(["check"], in: site.root, timeout: 240)
        #expect(!result.timedOut, "no answer within the time limit")
        #expect(!result.killedBySignal, "killed by signal \(result.status)")
        #expect(result.endedNormally, "exit status \(result.status): \(result.standardError.prefix(2000))")
        if let diagnostic = badFile.diagnostic {
            #expect(result.status == 1)
            #expect(result.standardError.contains(diagnostic), "\(result.standardError.prefix(2000))")
        } else {
            #expect(result.status == 0, "\(result.standardError.prefix(2000))")
        }
        // This child's own peak, in kilobytes (bytes on macOS); 0 would mean nothing was measured.
        #if os(Linux)
        let peakMegabytes = result.peakMemory / 1024
        #else
        let peakMegabytes = result.peakMemory / 1_048_576
        #endif
        #expect(peakMegabytes > 0 && peakMegabytes < 2_000, "kerne check used \(peakMegabytes) MB")
    }
}
