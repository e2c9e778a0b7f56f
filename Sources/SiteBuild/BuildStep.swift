/// One step of a build, for `--verbose`: what it was, how long it took, what it counted. Made by
/// the builder alone (the memberwise initializer), read by the command line.
public struct BuildStep: Hashable, Sendable {
    /// `load`, `render`, `check` or `write`.
    public let name: String
    public let duration: Duration
    /// `19 editions, 3 news, 2 pages, 1 static file`
    public let detail: String

    /// `2 pages`, `1 page`; English plurals of the words used here.
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
