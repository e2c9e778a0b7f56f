import BinaryFormat
import Testing
@testable import IncrementalBuild
import TestSupport

/// The cache reads its text through `ValidUTF8`: it must accept and refuse exactly what
/// `String(validating:as:)` does.
@Suite struct ValidUTF8Tests {
    private func both(_ bytes: [UInt8]) -> (fast: String?, plain: String?) {
        (bytes.withUnsafeBytes { ValidUTF8.string($0) }, String(validating: bytes, as: UTF8.self))
    }

    @Test func acceptsTextAndRefusesWhatIsNotUTF8() {
        for text in ["", "Breizh’péro", "Cantine numérique 🎉", "a\u{0}b", "e\u{301}"] {
            #expect(both(Array(text.utf8)).fast == text)
        }
        let broken: [[UInt8]] = [[0x80], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0x61, 0xFF, 0x62], [0xEF, 0xBF, 0xBD, 0x80], [0xE2, 0x80]]
        for bytes in broken {
            #expect(both(bytes).fast == nil, "\(bytes)")
            #expect(both(bytes).plain == nil, "\(bytes)")
        }
    }

    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var generator = SeededGenerator(seed: 0x0DD_B17E)
        let pool: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA9, 0x99]
        var seen = Set<[UInt8]>()
        for _ in 0..<20_000 {
            let bytes = (0..<generator.next(below: 9)).map { _ in pool[generator.next(below: pool.count)] }
            seen.insert(bytes)
            let (fast, plain) = both(bytes)
            #expect(fast == plain, "\(bytes), \(generator.replay)")
        }
        // Lengths 0 to 8 over 18 bytes: about 13,000 of the 20,000 cases differ.
        #expect(seen.count > 10_000, "only \(seen.count) distinct inputs, \(generator.replay)")
    }
}
