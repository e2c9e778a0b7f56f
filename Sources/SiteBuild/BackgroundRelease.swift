import Dispatch

/// Lets another thread free values that are no longer used.
enum BackgroundRelease {
    /// Takes the last references to `values`; they are freed on a background thread.
    static func hand(over values: consuming [Any]) {
        nonisolated(unsafe) let held = values
        DispatchQueue.global(qos: .utility).async { _ = held.count }
    }
}
