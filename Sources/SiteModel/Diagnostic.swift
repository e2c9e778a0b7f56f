/// A problem found in the content, printed as `path:line:column: error: message`.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String
    /// An optional suggestion, shown after the source line (« did you mean `speakers`? »).
    public let hint: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    public var isError: Bool { severity == .error }

    /// Sorted by place, so that the output never depends on the order files were read in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return (lhs.severity.rawValue, lhs.message) < (rhs.severity.rawValue, rhs.message)
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
