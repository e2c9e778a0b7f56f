import SiteModel

/// Prints diagnostics as the Swift compiler does: `path:line:column: error: message`, then the
/// source line and a caret under the column, then the hint. Colours (ANSI) only when asked.
public struct DiagnosticFormatter: Sendable {
    public var colors: Bool
    private let sourceLine: @Sendable (_ path: String, _ line: Int) -> String?

    /// `sourceLine` gives the text of a line of a file (1-based), or nil when there is none to show.
    public init(colors: Bool = false, sourceLine: @escaping @Sendable (_ path: String, _ line: Int) -> String?) {
        self.colors = colors
        self.sourceLine = sourceLine
    }

    /// Reads source lines through `files`.
    public init(colors: Bool = false, files: SourceFiles) {
        self.init(colors: colors) { files.line($1, of: $0) }
    }

    /// Every diagnostic in place order, each ending with a newline.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted().map(format).joined()
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.isError ? style("error:", Style.error) : style("warning:", Style.warning)
        var text = style(Self.harmless("\(diagnostic.location): "), Style.bold) + label
            + style(" " + Self.harmless(diagnostic.message), Style.bold) + "\n"
        if let line = sourceLine(diagnostic.location.path, diagnostic.location.line).map(Self.harmless) {
            text += line + "\n" + Self.caretPadding(line, column: diagnostic.location.column) + style("^", Style.caret) + "\n"
        }
        if let hint = diagnostic.hint {
            text += "  " + style("hint:", Style.bold) + " " + Self.harmless(hint) + "\n"
        }
        return text
    }

    /// A problem that is not about one place in a content file (theme, output folder). Messages
    /// that already carry a location (`path: error: ...`) are kept as they are.
    public func format(error message: String) -> String {
        let message = message.split(separator: "\n", omittingEmptySubsequences: false).map { Self.harmless(String($0)) }
            .joined(separator: "\n")
        if message.hasPrefix("kerne:") || message.contains(": error: ") { return message + "\n" }
        return style("kerne: ", Style.bold) + style("error:", Style.error) + style(" " + message, Style.bold) + "\n"
    }

    /// Text from content made safe for a terminal, one character for one so that the caret still
    /// lines up: a control character (an escape sequence could recolour, retitle or rewrite the
    /// terminal) shows as its control picture (ESC as ␛), a C1 control or a bidirectional override
    /// (which reorders what is shown) as U+FFFD. Tabs stay.
    static func harmless(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            guard isUnsafe(scalar) else { return scalar }
            if scalar.value < 0x20 { return Unicode.Scalar(0x2400 + scalar.value)! }
            return scalar.value == 0x7F ? "\u{2421}" : "\u{FFFD}"
        }))
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// What goes before the caret: a space per character before the column (a tab stays a tab,
    /// so that the caret lines up in any editor). Column 1 counts as the whole line and points at
    /// its first non-blank character; a column past the end points just after it.
    static func caretPadding(_ line: String, column: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        var offset = min(max(column, 1) - 1, scalars.count)
        if column <= 1 {
            offset = scalars.firstIndex { $0 != " " && $0 != "\t" } ?? 0
        }
        return String(String.UnicodeScalarView(scalars[..<offset].map { $0 == "\t" ? "\t" : " " }))
    }

    private enum Style {
        static let bold = "\u{1B}[1m"
        static let error = "\u{1B}[1;31m"
        static let warning = "\u{1B}[1;35m"
        static let caret = "\u{1B}[1;32m"
        static let reset = "\u{1B}[0m"
    }

    private func style(_ text: String, _ code: String) -> String {
        colors ? code + text + Style.reset : text
    }
}
