/// The tag delimiters in force: `{{` `}}` until a `{{=<% %>=}}` tag changes them.
struct Delimiters: Sendable, Equatable {
    let open: [UInt8]
    let close: [UInt8]

    static let standard = Delimiters(open: Array("{{".utf8), close: Array("}}".utf8))

    var closeText: String { String(decoding: close, as: UTF8.self) }
}
