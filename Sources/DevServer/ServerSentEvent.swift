import Foundation

/// One Server-Sent Event, framed as the `text/event-stream` format wants it.
public struct ServerSentEvent: Equatable, Sendable {
    public var name: String
    public var data: String

    public init(name: String, data: String = "") {
        self.name = name
        self.data = data
    }

    public static let reload = ServerSentEvent(name: "reload")

    public static func error(_ problems: String) -> ServerSentEvent {
        ServerSentEvent(name: "error", data: problems)
    }

    /// `event:` then one `data:` line per line of `data` (CR, LF and CRLF all end a line), then a blank line.
    public var framed: String {
        var text = "event: \(Self.singleLine(name))\n"
        let normalized = data.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "data: \(line)\n"
        }
        return text + "\n"
    }

    private static func singleLine(_ text: String) -> String {
        String(text.filter { $0 != "\n" && $0 != "\r" })
    }
}
