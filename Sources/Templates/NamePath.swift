/// A tag's name, split once at compile time: `date.text` → `["date", "text"]`.
struct NamePath: Sendable, Hashable {
    /// Empty for `.` (the current value).
    let components: [String]
    /// A name that starts with `.` looks only at the current value, not up the context stack.
    let anchored: Bool

    /// Empty components (`a..b`) are dropped, as swift-mustache does.
    init(_ name: String) {
        components = name.split(separator: ".").map(String.init)
        anchored = name.hasPrefix(".")
    }
}
