/// An event's identity: its series' key and its number or slug. Two series may both have a #1.
public struct EventID: Hashable, Sendable {
    public var series: String
    /// `4` or `pixel-pero`.
    public var name: String

    public init(series: String, name: String) {
        self.series = series
        self.name = name
    }

    /// `breizhpero-4`: the start of its iCalendar UID and its calendar's file name.
    public var text: String { "\(series)-\(name)" }
}
