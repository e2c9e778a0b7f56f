import Foundation
import SiteModel

/// The result of loading a content folder: a site when there was no error, and every diagnostic.
public struct LoadResult: Sendable {
    public var site: Site?
    public var diagnostics: [Diagnostic]

    public init(site: Site?, diagnostics: [Diagnostic]) {
        self.site = site
        self.diagnostics = diagnostics
    }
}

/// Reads `content/` into a `Site`. PLACEHOLDER: replaced by the real loader.
public struct SiteLoader: Sendable {
    public let contentDirectory: URL
    /// How paths are printed in diagnostics: relative to this folder when the file is inside it.
    public let displayBase: URL?

    public init(contentDirectory: URL, displayBase: URL? = nil) {
        self.contentDirectory = contentDirectory
        self.displayBase = displayBase
    }

    public func load() -> LoadResult {
        LoadResult(site: nil, diagnostics: [])
    }
}
