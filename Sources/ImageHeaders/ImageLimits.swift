/// How large an image may be before it is decoded: a decompression bomb (a small file that
/// declares a huge picture) is refused from its header, so decoding never meets it.
package struct ImageLimits: Hashable, Sendable {
    /// Width × height.
    package var maximumPixels: Int
    /// Width and height each.
    package var maximumSide: Int

    package init(maximumPixels: Int = 50_000_000, maximumSide: Int = 10_000) {
        self.maximumPixels = maximumPixels
        self.maximumSide = maximumSide
    }
}
