/// One published file of a processed image: a width in one format.
public struct ImageFile: Hashable, Sendable {
    /// Site path, starting with `/`.
    public var src: String
    public var width: Int
    public var height: Int
    /// `image/webp`, `image/jpeg`, `image/png`.
    public var mimeType: String

    public init(src: String, width: Int, height: Int, mimeType: String) {
        self.src = src
        self.width = width
        self.height = height
        self.mimeType = mimeType
    }
}
