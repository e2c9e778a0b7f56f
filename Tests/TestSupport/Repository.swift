import Foundation

/// The repository's folders, found from this file's path (no bundle resources needed).
public enum Repository {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    public static let defaultTheme = root.appendingPathComponent("themes/default")
    /// The real site's content.
    public static let content = root.appendingPathComponent("content")

    /// `Tests/Fixtures/<name>`.
    public static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }
}
