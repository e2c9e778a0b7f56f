/// The width and height an image file of `content/static/` declares in its header, for the
/// `<img>` of an image the build publishes as it is (an SVG, a GIF outside `photos:`, a file
/// libvips could not read): the page then keeps its place while it loads.
public struct ImageDimensions: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
