/// One output file of the site, rendered on demand. `sources` tells an incremental build which
/// content files the file shows, so that it can skip files whose inputs did not change.
public struct RenderJob: Sendable {
    /// What a file reads besides the inputs every file depends on (configuration, venues,
    /// standalone pages, theme, build options).
    public enum Sources: Sendable, Equatable {
        /// These content files (`editions/04-seo.md`, as in `Edition.sourcePath`), in any order.
        case files([String])
        /// Every content file.
        case everything
    }

    /// Relative to the output folder: `editions/4/index.html`.
    public let path: String
    public let sources: Sources
    let make: @Sendable () -> [UInt8]

    init(path: String, sources: Sources, make: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.sources = sources
        self.make = make
    }

    public func render() -> OutputFile {
        OutputFile(path: path, contents: make())
    }
}
