/// A problem that stops a build and is not about one content file (those are diagnostics).
public struct BuildError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
