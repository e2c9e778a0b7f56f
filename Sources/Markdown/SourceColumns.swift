/// Turns cmark's byte columns into character columns (Unicode scalars), line by line.
struct SourceColumns {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; lines end at `\n`, `\r\n` or `\r`, as cmark counts them.
    private let lineStarts: [Int]

    init(_ source: String) {
        bytes = Array(source.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                index += 1
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { starts.append(index + 1) }
            index += 1
        }
        lineStarts = starts
    }

    /// The 1-based character column of a 1-based byte column on a 1-based line.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, bytes.count)
        var column = 1
        for index in start..<end where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return column
    }
}
