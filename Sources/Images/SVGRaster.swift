/// An SVG drawn by libvips (librsvg) into a JPEG: how the benchmark makes real, small photos
/// without an image library of its own.
package enum SVGRaster {
    package static func jpeg(_ svg: String, quality: Int = ResponsiveImage.defaultQuality) throws(ImageError) -> [UInt8] {
        try VipsImage.renderSVG(Array(svg.utf8), fileName: "generated photo").encoded(as: .jpeg(quality: quality))
    }
}
