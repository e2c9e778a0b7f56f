import Dispatch

/// Lets another thread free what a build made. The site and its planned files are hundreds of
/// thousands of objects: freeing them took 150 ms of a 2.7 s full build at N=10,000 (measured
/// at the end of `build()`), which neither the end of the command nor the next build of
/// `kerne serve` needs to wait for.
enum BackgroundRelease {
    /// Takes the last reference to `value`; it is freed on a background thread. Callers pass their
    /// bindings with `consume`, and take values out of optionals they unwrapped (`take()`):
    /// otherwise their own reference, dropped when they return, may be the last one.
    static func release<Value>(_ value: consuming Value) {
        nonisolated(unsafe) let held = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(held) {} }
    }
}
