/// What the preview tells the terminal.
public enum DevServerEvent: Sendable {
    /// The server accepts connections at this port of 127.0.0.1.
    case listening(port: Int)
    /// A build finished, the first one or one after a change.
    case built(BuildOutcome, duration: Duration, changedFiles: Int)
}
