import SiteModel

/// What a render needs besides the site and the theme. Renderers never read the clock.
public struct BuildContext: Hashable, Sendable {
    /// The reference day that decides what is upcoming.
    public var now: EventDate
    /// Injected before `</body>` in serve mode only (live reload).
    public var extraBodyHTML: String

    public init(now: EventDate, extraBodyHTML: String = "") {
        self.now = now
        self.extraBodyHTML = extraBodyHTML
    }
}
