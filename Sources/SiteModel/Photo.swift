/// An image from front matter, stored under `content/static/`.
public struct Photo: Hashable, Sendable {
    /// Site path, starting with `/`.
    public var src: String
    public var alt: String
    /// Pixel size, read from the image file when it can be.
    public var width: Int?
    public var height: Int?

    public init(src: String, alt: String, width: Int? = nil, height: Int? = nil) {
        self.src = src
        self.alt = alt
        self.width = width
        self.height = height
    }
}
