/// A tag's name, split once at compile time: `date.text` → `date`, then `["text"]`.
///
/// The first name is kept apart from the rest because a path is copied at every lookup: a short
/// name is stored inside the `String` itself and the rest is nearly always the empty array, so
/// copying one costs no reference counting.
struct NamePath: Sendable, Hashable {
    /// Nil for `.` (the current value).
    let first: String?
    let rest: [String]
    /// A name that starts with `.` looks only at the current value, not up the context stack.
    let anchored: Bool

    /// Empty components (`a..b`) are dropped, as swift-mustache does.
    init(_ name: String) {
        let components = name.split(separator: ".").map(String.init)
        first = components.first
        rest = Array(components.dropFirst())
        anchored = name.hasPrefix(".")
    }
}
