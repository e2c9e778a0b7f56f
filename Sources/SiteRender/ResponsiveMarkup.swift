import SiteModel

/// Gives the images of a Markdown body that the build resized (`Site.images`) their other
/// widths: `srcset`, `sizes`, `width`, `height` and `loading="lazy"` after their `src`.
enum ResponsiveMarkup {
    /// A column of prose at most, as `.prose` of the default theme.
    static let sizes = "(min-width: 42rem) 42rem, 100vw"

    /// `html` as cmark writes it (`<img src="/photos/a.jpg" alt="…" />`); unchanged without images.
    static func addingSrcset(to html: String, images: [String: PublishedImage], link: (String) -> String) -> String {
        guard !images.isEmpty, html.contains("<img src=\"") else { return html }
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: "<img src=\"") {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let src = String(rest[..<end])
            result += rest[...end]
            rest = rest[rest.index(after: end)...]
            guard let image = images[src], let largest = image.largest else { continue }
            // The size the loader read from the original (MarkdownImageSizes) gives way to the
            // published one, turned upright.
            rest = Self.droppingSize(from: rest)
            let srcset = image.fallback.map { "\(link($0.src)) \($0.width)w" }.joined(separator: ", ")
            result += " srcset=\"\(srcset)\" sizes=\"\(sizes)\" width=\"\(largest.width)\" height=\"\(largest.height)\" loading=\"lazy\""
        }
        return result + rest
    }

    /// `rest` without a leading ` width="N" height="M"`.
    private static func droppingSize(from rest: Substring) -> Substring {
        var remaining = rest
        for attribute in [" width=\"", " height=\""] {
            guard remaining.hasPrefix(attribute) else { return rest }
            remaining = remaining.dropFirst(attribute.count)
            let digits = remaining.prefix(while: \.isNumber)
            guard !digits.isEmpty, remaining.dropFirst(digits.count).hasPrefix("\"") else { return rest }
            remaining = remaining.dropFirst(digits.count + 1)
        }
        return remaining
    }
}
