import Foundation

/// The one seeded generator of the tests (SplitMix64): the same seed gives the same cases on
/// every machine. `KERNE_TEST_SEED` (decimal or 0x-hexadecimal) replaces every test's own seed,
/// to explore other cases; put `replay` in the message of an expectation so that a failure says
/// which seed gives it.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public let seed: UInt64
    private var state: UInt64

    /// `seed`, or the one `KERNE_TEST_SEED` gives.
    public init(seed: UInt64) {
        self.seed = Self.environmentSeed ?? seed
        state = self.seed
    }

    /// The seed `KERNE_TEST_SEED` gives, if it is set and readable.
    public static var environmentSeed: UInt64? {
        guard let text = ProcessInfo.processInfo.environment["KERNE_TEST_SEED"] else { return nil }
        return text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    }

    /// What to run to see the same cases again.
    public var replay: String { "seed \(seed); replay with KERNE_TEST_SEED=\(seed)" }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0).
    public mutating func next(below bound: Int) -> Int {
        Int(next(upperBound: UInt64(bound)))
    }
}
