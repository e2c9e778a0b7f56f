/// One file of the generated site, in memory.
public struct OutputFile: Hashable, Sendable {
    /// Relative to the output folder, `/`-separated, no leading slash: `editions/4/index.html`.
    public let path: String
    public let contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
