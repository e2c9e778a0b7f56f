import Foundation

/// What the standard streams are connected to, for colours and the progress line.
package enum Terminal {
    package static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colours on standard error only for a terminal, and never when `NO_COLOR` is set to
    /// anything but the empty string (https://no-color.org).
    package static var colorsOnStandardError: Bool {
        isatty(STDERR_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    package static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    package static func writeOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
