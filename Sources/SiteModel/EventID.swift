/// An event's identity: its series' key and its number or slug. Two series may both have a #1.
/// Only `Edition.id` makes one, through the memberwise initializer.
public struct EventID: Hashable, Sendable {
    public var series: String
    /// `4` or `pixel-pero`.
    public var name: String

    /// `breizhpero-4`: the start of its iCalendar UID and its calendar's file name.
    public var text: String { "\(series)-\(name)" }
}
