/// A step of the depth-first walk: containers come as `enter` … `exit` pairs, leaves once.
/// Renderers consume the flat array with a loop, so nesting depth never reaches the call stack.
struct MarkdownEvent: Hashable, Sendable {
    enum Phase: UInt8, Hashable, Sendable {
        case enter, exit, leaf
    }

    var phase: Phase
    var node: MarkdownNode
    /// 1-based line and byte column of the node's start in the body, as cmark reports them.
    var line: Int
    var column: Int
}
