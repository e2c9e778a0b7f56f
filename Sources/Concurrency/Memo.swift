import Foundation

/// Values worked out once per key and shared by every thread that asks again (the same edition
/// summary on many pages, the same link target on every page).
///
/// The work runs outside the lock, so that threads do not wait on each other's work and the work
/// may itself ask the memo: two threads may then work out the same key at once. `make` must
/// therefore give the same value for the same key; which of the two is kept does not matter.
package final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [Key: Value] = [:]

    package init() {}

    package func value(for key: Key, _ make: () -> Value) -> Value {
        if let value = lock.withLock({ known[key] }) { return value }
        let made = make()
        lock.withLock { known[key] = made }
        return made
    }
}
