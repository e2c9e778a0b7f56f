import SiteModel

/// The result of loading a content folder: a site when there was no error, and every diagnostic, sorted.
public struct LoadResult: Sendable {
    public var site: Site?
    public var diagnostics: [Diagnostic]
    /// With a parse cache: `MarkdownContent.listDigest` of each edition and news post, by path
    /// relative to the content folder (kept with the parse result, so not computed again).
    public var listDigests: [String: ContentDigest]

    public init(site: Site?, diagnostics: [Diagnostic], listDigests: [String: ContentDigest] = [:]) {
        self.site = site
        self.diagnostics = diagnostics
        self.listDigests = listDigests
    }

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    public var warnings: [Diagnostic] { diagnostics.filter { !$0.isError } }
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
