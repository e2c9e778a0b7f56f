import Templates

/// A theme whose templates were parsed once, ready to render any number of pages.
public struct CompiledTheme: Sendable {
    public static let requiredTemplates = ["layout", "home", "editions", "edition", "news-list", "news",
                                           "page", "speakers", "speaker", "tag", "venue", "not-found"]

    private let library: TemplateLibrary
    /// Asset path under `assets/` → fingerprinted output path (`assets/style.1a2b3c4d.css`).
    public let assetPaths: [String: String]
    public let assetFiles: [OutputFile]
    /// `Theme.imageSizes` and `Theme.gallerySizes`.
    public let imageSizes: String
    public let gallerySizes: String

    /// Parses every template; reports every template that fails or is missing.
    public init(_ theme: Theme) throws(TemplateErrors) {
        var templates: [String: Template] = [:]
        var errors: [TemplateError] = []
        for (name, source) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try Template(source, name: name)
            } catch {
                errors += error.errors
            }
        }
        for name in Self.requiredTemplates where theme.templates[name] == nil {
            errors.append(TemplateError(template: name, line: 1, column: 1, message: "the theme has no template '\(name)'"))
        }
        guard errors.isEmpty else { throw TemplateErrors(errors: errors) }
        self.library = TemplateLibrary(templates)
        var paths: [String: String] = [:]
        var files: [OutputFile] = []
        for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
            let fingerprinted = "assets/" + Fingerprint.insert(into: path, contents: bytes)
            paths[path] = fingerprinted
            files.append(OutputFile(path: fingerprinted, contents: bytes))
        }
        self.assetPaths = paths
        self.assetFiles = files
        imageSizes = theme.imageSizes
        gallerySizes = theme.gallerySizes
    }

    /// Renders a template as UTF-8 bytes, with several values at the bottom of its context stack,
    /// outermost first; a template the theme lacks renders as nothing.
    func renderBytes(_ name: String, contexts: [TemplateValue]) -> [UInt8] {
        var output: [UInt8] = []
        _ = library.render(name, contexts: contexts, into: &output)
        return output
    }
}
