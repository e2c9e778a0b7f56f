import Foundation

/// Gives the images a Markdown body shows from `content/static/` (`![alt](/photos/x.jpg)`) their
/// width and height, read from the file as for `photos:`, so the page does not jump while they
/// load. Other images (elsewhere, or raw HTML that gives its own size) are left as they are.
enum MarkdownImageSizes {
    static func adding(to html: String, staticFiles: Set<String>, folder: URL?) -> String {
        guard let folder, !staticFiles.isEmpty, html.contains("<img src=\"") else { return html }
        var result = ""
        var rest = html[...]
        while let tag = rest.range(of: "<img src=\"") {
            result += rest[..<tag.upperBound]
            rest = rest[tag.upperBound...]
            guard let quote = rest.firstIndex(of: "\"") else { break }
            let source = rest[..<quote]
            let tagText = rest[..<(rest.firstIndex(of: ">") ?? rest.endIndex)]
            result += source + "\""
            rest = rest[rest.index(after: quote)...]
            guard !tagText.contains(" width="), let file = staticFile(String(source), in: staticFiles),
                  let size = PhotoParser.readSize(of: folder.appendingPathComponent(file)) else { continue }
            result += " width=\"\(size.width)\" height=\"\(size.height)\""
        }
        return result + rest
    }

    /// `photos/x.jpg` for `/photos/x.jpg` (as written in the HTML: `&amp;`, percent escapes) when
    /// it is a file of `content/static/`.
    private static func staticFile(_ source: String, in staticFiles: Set<String>) -> String? {
        guard source.hasPrefix("/"), !source.hasPrefix("//") else { return nil }
        let path = source.replacingOccurrences(of: "&amp;", with: "&").split(separator: "?", maxSplits: 1)[0]
            .split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard let decoded = String(path.dropFirst()).removingPercentEncoding, staticFiles.contains(decoded) else { return nil }
        return decoded
    }
}
