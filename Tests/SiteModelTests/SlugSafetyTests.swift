import SiteModel
import Testing
import TestSupport

/// Slugs become folder names in the output: whatever the text, a slug is lowercase ASCII letters
/// and digits joined by single dashes, so it can never climb out of the output folder.
@Suite struct SlugSafetyTests {
    static func isSafe(_ slug: String) -> Bool {
        slug.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
            && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--")
    }

    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "..", ".", "./", "a\u{0}b", "C:\\Windows\\System32", "..\\..\\x",
                      "%2e%2e%2f", "~root", "a/../../b", "\u{FF0E}\u{FF0E}\u{FF0F}", "\u{2024}\u{2024}/", "\u{202E}gpj.exe",
                      "con", "nul:", "İstanbul", "\u{1F600}", "\r\n", " ", ""])
    func aHostileNameGivesASafeSlug(_ text: String) {
        let slug = Slug.make(text)
        #expect(Self.isSafe(slug), "\(text.debugDescription) → \(slug.debugDescription)")
    }

    @Test func knownNamesGiveTheirSlugs() {
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make("C:\\Windows") == "c-windows")
        #expect(Slug.make("..") == "")
        #expect(Slug.make("a\u{0}b") == "a-b")
    }

    /// ASCII text takes a shortcut on bytes; a trailing combining accent (which adds nothing to a
    /// slug) sends the same text down the path by Unicode scalars, and both must agree.
    @Test func asciiTextGivesTheSameSlugOnBothPaths() {
        var generator = SeededGenerator(seed: 0xA5C11)
        for _ in 0..<5_000 {
            let bytes = (0..<Int(generator.next() % 24)).map { _ in UInt8(generator.next() % 128) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(Slug.make(text) == Slug.make(text + "\u{301}"), "\(text.debugDescription), \(generator.replay)")
        }
        #expect(Slug.make("Sterenn LE COZ") == "sterenn-le-coz")
        #expect(Slug.make("  --Web 2.0!! ") == "web-2-0")
    }

    /// Random strings over a mix of ASCII punctuation, controls, accents, other scripts and emoji.
    @Test func randomTextAlwaysGivesASafeSlug() {
        var generator = SeededGenerator(seed: 0x5EED)
        let pool: [Unicode.Scalar] = Array("./\\:-_ %~\u{0}\u{1}\r\n\tAaZz09éÉœßı\u{301}\u{2028}\u{FEFF}\u{FF0E}\u{FF0F}".unicodeScalars)
            + [Unicode.Scalar(0x1F600)!, Unicode.Scalar(0x4E2D)!, Unicode.Scalar(0x0627)!, Unicode.Scalar(0x10FFFD)!]
        for _ in 0..<5_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 24) { text.append(pool[Int(generator.next() % UInt64(pool.count))]) }
            let slug = Slug.make(String(text))
            #expect(Self.isSafe(slug), "\(String(text).debugDescription) → \(slug.debugDescription), \(generator.replay)")
        }
    }
}

