/// One instruction of a compiled template. A section's body is the nodes that follow it, up to
/// `bodyEnd` (exclusive), so a template is one flat array.
enum TemplateNode: Sendable {
    /// Bytes of `Template.text`.
    case text(Range<Int>)
    case value(NamePath, escaped: Bool)
    case section(NamePath, inverted: Bool, bodyEnd: Int)
    /// `slot` indexes `Template.partialNames`. `indentation` is set for a partial alone on its line.
    case partial(slot: Int, indentation: [UInt8]?)
}
