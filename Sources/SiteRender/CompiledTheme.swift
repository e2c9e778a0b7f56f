import Mustache

/// A theme whose templates were parsed once, ready to render any number of pages.
public struct CompiledTheme: Sendable {
    public static let requiredTemplates = ["layout", "home", "editions", "edition", "news-list", "news",
                                           "page", "speakers", "speaker", "tag", "venue", "not-found"]

    private let library: MustacheLibrary
    /// Asset path under `assets/` → fingerprinted output path (`assets/style.1a2b3c4d.css`).
    public let assetPaths: [String: String]
    public let assetFiles: [OutputFile]

    /// Parses every template; reports every template that fails or is missing.
    public init(_ theme: Theme) throws(ThemeErrors) {
        var library = MustacheLibrary()
        var errors: [ThemeError] = []
        for name in theme.templates.keys.sorted() {
            do {
                library.register(try MustacheTemplate(string: theme.templates[name]!), named: name)
            } catch let error as MustacheTemplate.ParserError {
                errors.append(ThemeError(template: name, line: error.context.lineNumber,
                                         column: error.context.columnNumber,
                                         message: "template does not parse: \(error.error)"))
            } catch {
                errors.append(ThemeError(template: name, line: 1, column: 1, message: "\(error)"))
            }
        }
        for name in Self.requiredTemplates where theme.templates[name] == nil {
            errors.append(ThemeError(template: name, line: 1, column: 1, message: "the theme has no template '\(name)'"))
        }
        guard errors.isEmpty else { throw ThemeErrors(errors: errors) }
        self.library = library
        var paths: [String: String] = [:]
        var files: [OutputFile] = []
        for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
            let fingerprinted = "assets/" + Fingerprint.insert(into: path, contents: bytes)
            paths[path] = fingerprinted
            files.append(OutputFile(path: fingerprinted, contents: bytes))
        }
        self.assetPaths = paths
        self.assetFiles = files
    }

    /// Renders a template with a context of dictionaries, arrays and strings.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}

/// Every problem of a theme, reported together.
public struct ThemeErrors: Error, Sendable {
    public let errors: [ThemeError]
}
