import Concurrency
import Foundation
import SiteSource

/// The text of content files, read on demand and kept, for showing a diagnostic's source line
/// and for finding where something is written. Paths are diagnostic paths: relative to `base`,
/// or absolute.
public final class SourceFiles: Sendable {
    private let base: URL
    private let cache = Memo<String, [Substring]?>()

    public init(base: URL) {
        self.base = base
    }

    /// The lines of a file (LF, CRLF and CR all end a line; a UTF-8 BOM is dropped);
    /// nil when it is not a readable UTF-8 text file.
    public func lines(of path: String) -> [Substring]? {
        cache.value(for: path) { Self.read(url(for: path)) }
    }

    /// Line `number` (1-based) of a file, without its line ending.
    public func line(_ number: Int, of path: String) -> String? {
        guard number >= 1, let lines = lines(of: path), number <= lines.count else { return nil }
        return String(lines[number - 1])
    }

    private func url(for path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
    }

    static func read(_ url: URL) -> [Substring]? {
        // A folder cannot be read: nil.
        guard let data = FileBytes.read(url.path) else { return nil }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return split(text)
    }

    /// Splits on LF, CRLF and CR, as the loader counts lines. On bytes: a line ending is never
    /// part of a larger character, and walking characters is slow on long files.
    static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = utf8.index(after: index)
            if byte == UInt8(ascii: "\r"), index != utf8.endIndex, utf8[index] == UInt8(ascii: "\n") {
                index = utf8.index(after: index)
            }
            start = index
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }
}
