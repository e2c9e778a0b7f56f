/// An image from front matter, stored under `content/static/`.
public struct Photo: Hashable, Sendable {
    /// Site path, starting with `/`.
    public var src: String
    public var alt: String
    /// Pixel size, read from the image file when it can be.
    public var width: Int?
    public var height: Int?
    /// Where `src` is written, for an error the build finds in the file later (libvips cannot
    /// decode it) to point at the entry, as the loader's header errors do.
    public var location: SourceLocation?

    public init(src: String, alt: String, width: Int? = nil, height: Int? = nil, location: SourceLocation? = nil) {
        self.src = src
        self.alt = alt
        self.width = width
        self.height = height
        self.location = location
    }
}
