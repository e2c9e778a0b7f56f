/// What the build published for one image of `content/static/`: a few widths in the original's
/// format and in WebP, ascending. The original itself is not published.
public struct PublishedImage: Hashable, Sendable {
    /// In the original's format (a GIF's first frame is a PNG), by width.
    public var fallback: [ImageFile]
    /// The same widths in WebP; empty when the original is a WebP (then `fallback` is WebP).
    public var webP: [ImageFile]

    public init(fallback: [ImageFile], webP: [ImageFile]) {
        self.fallback = fallback
        self.webP = webP
    }

    /// The widest file in the original's format: `src` of `<img>`, and the image of feeds.
    public var largest: ImageFile? { fallback.last }
}
