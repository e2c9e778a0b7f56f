/// What typography did to one piece of text.
struct TypographyChange {
    /// Whether the bytes appended differ from the piece (callers keep the original string if not).
    var changedPiece = false
    /// When the piece starts with punctuation that changes the space ending the previous piece
    /// of the run, the bytes that must replace that space (none: the space goes).
    var previousPieceSpace: [UInt8]?
}
