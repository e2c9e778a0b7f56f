import Foundation

/// The compatibility decomposition of each non-ASCII scalar met so far, for `Slug`: asking
/// Foundation is slow, and names and tags use the same few accented letters again and again.
/// Worked out on first use, not for a whole range up front (that took about 1 ms of every run).
final class ScalarDecompositions: @unchecked Sendable {
    static let shared = ScalarDecompositions()

    private let lock = NSLock()
    private var known: [Unicode.Scalar: [Unicode.Scalar]] = [:]

    func decomposition(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let found = lock.withLock({ known[scalar] }) { return found }
        let made = Array(String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars)
        lock.withLock { known[scalar] = made }
        return made
    }
}
