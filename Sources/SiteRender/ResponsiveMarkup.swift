import Escaping
import Foundation
import SiteModel

/// Gives the images of a Markdown body from `content/static/` what the build knows of them, in
/// one pass over the body's `<img src="…"` tags (as the Markdown renderer writes them): a resized
/// image (`Site.images`) gets `srcset`, `sizes`, `width`, `height` and `loading="lazy"`; another
/// (`Site.imageDimensions`: an SVG, a GIF, a file libvips could not read) its `width` and
/// `height`, so the page does not jump while it loads. An `<img>` of raw HTML that gives its own
/// width, and images from elsewhere, are left as they are.
enum ResponsiveMarkup {
    /// What the pass writes: `srcset` with `sizes` for pages; for feeds (`sizes` nil), only
    /// `width` and `height`, of the widest file.
    struct Images {
        var published: [String: PublishedImage]
        var dimensions: [String: ImageDimensions]
        /// `sizes` of the theme (`image_sizes`); nil writes no `srcset`.
        var sizes: String?
        /// A site path as written in links (under the base path).
        var link: (String) -> String

        init(published: [String: PublishedImage], dimensions: [String: ImageDimensions], sizes: String?,
             link: @escaping (String) -> String) {
            self.published = published
            self.dimensions = dimensions
            self.sizes = sizes
            self.link = link
        }

        init(site: Site, sizes: String?, link: @escaping (String) -> String) {
            self.init(published: site.images, dimensions: site.imageDimensions, sizes: sizes, link: link)
        }
    }

    /// `html` as cmark writes it (`<img src="/photos/a.jpg" alt="…" />`); unchanged without images.
    static func adding(to html: String, _ images: Images) -> String {
        guard !images.published.isEmpty || !images.dimensions.isEmpty, html.contains("<img src=\"") else { return html }
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: "<img src=\"") {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let src = String(rest[..<end])
            let ownsWidth = rest[..<(rest.firstIndex(of: ">") ?? rest.endIndex)].contains(" width=")
            result += rest[...end]
            rest = rest[rest.index(after: end)...]
            if let sizes = images.sizes, let image = images.published[src], let largest = image.largest {
                let srcset = image.fallback.map { "\(images.link($0.src)) \($0.width)w" }.joined(separator: ", ")
                result += " srcset=\"\(srcset)\" sizes=\"\(HTMLEscaping.markup.escaped(sizes))\""
                    + " width=\"\(largest.width)\" height=\"\(largest.height)\" loading=\"lazy\""
            } else if !ownsWidth, let path = sitePath(src),
                      let size = images.published[path]?.largest.map({ ImageDimensions(width: $0.width, height: $0.height) })
                          ?? images.dimensions[path] {
                result += " width=\"\(size.width)\" height=\"\(size.height)\""
            }
        }
        return result + rest
    }

    /// `/photos/a b.jpg` for `/photos/a%20b.jpg?v=2` (as written in the HTML: `&amp;`, percent
    /// escapes); nil for an image from elsewhere.
    private static func sitePath(_ source: String) -> String? {
        guard source.hasPrefix("/"), !source.hasPrefix("//") else { return nil }
        let path = source.replacingOccurrences(of: "&amp;", with: "&").split(separator: "?", maxSplits: 1)[0]
            .split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return String(path).removingPercentEncoding
    }
}
