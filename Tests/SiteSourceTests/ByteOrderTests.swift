@testable import SiteSource
import Testing
import TestSupport

/// The `memcmp` comparison against its plain definition, on names that share prefixes, hold
/// accents, emoji and NUL, and on bridged and small strings alike.
@Suite struct ByteOrderTests {
    static let pieces = ["", "a", "b", "A", "z", "0", "-", "é", "e\u{301}", "ü", "œ", "😀", "\u{0}", "01-", "10-",
                         "editions", "editions/", "index.html", "Ä", "\u{7f}", "\u{80}", "ÿ"]

    @Test func agreesWithTheBytesLexicographicOrder() {
        var generator = SeededGenerator(seed: 0xB17E)
        var names: [String] = Self.pieces
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...6, using: &generator)
            names.append((0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
        }
        // Long ones, past the size of a small string.
        names += names.prefix(200).map { String(repeating: "cantine-numérique-", count: 3) + $0 }
        for (index, lhs) in names.enumerated() {
            for rhs in names[max(0, index - 40)..<min(names.count, index + 40)] {
                #expect(ByteOrder.precedes(lhs, rhs) == lhs.utf8.lexicographicallyPrecedes(rhs.utf8),
                        "\(lhs.debugDescription) \(rhs.debugDescription), \(generator.replay)")
            }
        }
        #expect(ByteOrder.sorted(names) == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, "\(generator.replay)")
        #expect(Set(names).count > 2_000, "only \(Set(names).count) distinct names, \(generator.replay)")
    }
}
