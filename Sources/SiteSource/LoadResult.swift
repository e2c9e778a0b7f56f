import SiteModel

/// The result of loading a content folder: a site when there was no error, and every diagnostic, sorted.
public struct LoadResult: Sendable {
    public var site: Site?
    public var diagnostics: [Diagnostic]

    public init(site: Site?, diagnostics: [Diagnostic]) {
        self.site = site
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
    public var warnings: [Diagnostic] { diagnostics.filter { !$0.isError } }
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
