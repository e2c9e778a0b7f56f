import Foundation
import SiteModel

/// Where `SiteLoader` may find the parse results of earlier builds (the build cache supplies
/// one): a content file whose bytes and parse context did not change comes back from there
/// instead of being parsed again.
public protocol ParseResultCache: Sendable {
    /// The cached results of one load, whose files are parsed under `context`.
    func results(under context: ParseContext) -> any ParseResults
}

/// The cached results of one load. Called from several threads at once. Each call gives the
/// result of one content file, `path` on disk and `sourcePath` relative to the content folder;
/// `parse` makes it, from the file's bytes (nil: read them yourself), when the cache has none.
public protocol ParseResults: Sendable {
    func edition(path: String, sourcePath: String, parse: (Data?) -> FileResult<Edition>) -> FileResult<Edition>
    func newsPost(path: String, sourcePath: String, parse: (Data?) -> FileResult<NewsPost>) -> FileResult<NewsPost>
    func page(path: String, sourcePath: String, parse: (Data?) -> FileResult<Page>) -> FileResult<Page>
}

/// Everything besides a content file's own bytes that its parse result depends on, as text:
/// two loads give the same results for the same bytes when their contexts are equal.
public struct ParseContext: Sendable, Equatable {
    public let identity: String
}
