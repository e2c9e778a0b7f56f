/// One output file of the site, rendered on demand. `sources` tells an incremental build which
/// content files the file shows, so that it can skip files whose inputs did not change.
public struct RenderJob: Sendable {
    /// What a file reads besides the inputs every file depends on (configuration, venues,
    /// standalone pages, theme, build options). Content files are named by their path in the
    /// content folder (`editions/04-seo.md`, as in `Edition.sourcePath`).
    public struct Sources: Sendable, Equatable {
        /// Files read whole, body included.
        public var files: [String] = []
        /// Files of which only what a list shows is read: every field but the body's full text.
        public var summaries: [String] = []
        /// The list fields of every edition and news post.
        public var allSummaries = false
        /// Everything.
        public var everything = false

        public static let none = Sources()
        public static let everything = Sources(everything: true)
        public static let allSummaries = Sources(allSummaries: true)

        public static func files(_ files: [String], summaries: [String] = []) -> Sources {
            Sources(files: files, summaries: summaries)
        }

        public static func summaries(_ summaries: [String]) -> Sources {
            Sources(summaries: summaries)
        }
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
