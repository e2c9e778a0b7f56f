import SiteModel

/// What loading one content file gives: the value when the file had no error, and its diagnostics.
public struct FileResult<Value: Sendable>: Sendable {
    public var value: Value?
    public var diagnostics: [Diagnostic]
    /// Where an error about this file as a whole points (a clash of output paths, a duplicate number).
    public var identity: SourceLocation

    init(value: Value?, log: DiagnosticLog, identity: TextPosition = .start) {
        self.value = log.hasErrors ? nil : value
        self.diagnostics = log.items
        self.identity = log.location(identity)
    }

    public init(value: Value?, diagnostics: [Diagnostic], identity: SourceLocation) {
        self.value = value
        self.diagnostics = diagnostics
        self.identity = identity
    }
}
