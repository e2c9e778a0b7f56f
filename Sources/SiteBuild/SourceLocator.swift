import SiteModel

/// Finds where something is written in a content file, for checks that run on loaded values
/// (which no longer carry positions). Columns count Unicode scalars, as the loader's do.
struct SourceLocator: Sendable {
    let files: SourceFiles

    /// The value of a top-level front matter key (`attendees: 25` points at `25`), or the key
    /// itself when it has no value on its line.
    func frontMatterValue(_ key: String, in path: String) -> SourceLocation? {
        guard let lines = files.lines(of: path), let end = frontMatterEnd(lines) else { return nil }
        for number in 1..<end {
            let line = lines[number]
            guard line.hasPrefix(key + ":") else { continue }
            let afterColon = line.unicodeScalars.dropFirst(key.unicodeScalars.count + 1)
            let blanks = afterColon.prefix { $0 == " " || $0 == "\t" }.count
            let hasValue = afterColon.count > blanks && afterColon.dropFirst(blanks).first != "#"
            let column = hasValue ? key.unicodeScalars.count + 2 + blanks : 1
            return SourceLocation(path: path, line: number + 1, column: column)
        }
        return nil
    }

    /// The `---` line that closes the front matter.
    func frontMatterClosing(in path: String) -> SourceLocation? {
        guard let lines = files.lines(of: path), let end = frontMatterEnd(lines) else { return nil }
        return SourceLocation(path: path, line: end + 1, column: 1)
    }

    /// Where a link destination is written in the body: as `](dest`, `](<dest`, `<dest>`,
    /// `]: dest`, or anywhere, in that order of preference. Points at the destination.
    func linkDestination(_ destination: String, in path: String) -> SourceLocation? {
        guard !destination.isEmpty, let lines = files.lines(of: path) else { return nil }
        let bodyStart = frontMatterEnd(lines).map { $0 + 1 } ?? 0
        let patterns = [("](", ""), ("](<", ""), ("<", ">"), ("]: ", ""), ("", "")]
        for (before, after) in patterns {
            for number in bodyStart..<max(bodyStart, lines.count) {
                let line = lines[number]
                guard let range = line.range(of: before + destination + after) else { continue }
                let prefix = line[line.startIndex..<range.lowerBound]
                let column = prefix.unicodeScalars.count + before.unicodeScalars.count + 1
                return SourceLocation(path: path, line: number + 1, column: column)
            }
        }
        return nil
    }

    /// The index (0-based) of the line closing a front matter opened on the first line.
    private func frontMatterEnd(_ lines: [Substring]) -> Int? {
        guard let first = lines.first, Self.isDelimiter(first) else { return nil }
        return lines.indices.dropFirst().first { Self.isDelimiter(lines[$0]) }
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
