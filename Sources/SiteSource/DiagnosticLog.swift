import SiteModel

/// Collects the diagnostics of one file. Not shared between threads: each file gets its own.
final class DiagnosticLog {
    let path: String
    private(set) var items: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    var hasErrors: Bool { items.contains(where: \.isError) }

    func location(_ position: TextPosition) -> SourceLocation {
        SourceLocation(path: path, line: position.line, column: position.column)
    }

    func error(at position: TextPosition, _ message: String, hint: String? = nil) {
        items.append(.error(at: location(position), message, hint: hint))
    }

    /// A problem this file reveals in another file (a series' folder that site.yml's `paths:` takes).
    func error(elsewhere location: SourceLocation, _ message: String, hint: String? = nil) {
        items.append(.error(at: location, message, hint: hint))
    }

    func warning(at position: TextPosition, _ message: String, hint: String? = nil) {
        items.append(.warning(at: location(position), message, hint: hint))
    }
}
