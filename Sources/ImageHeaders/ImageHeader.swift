/// What the bytes of an image file say about it before decoding: its real format, the size a
/// browser shows (JPEG's Exif orientation applied) and how many frames it has.
package struct ImageHeader: Hashable, Sendable {
    package var format: ImageFormat
    package var size: ImageSize
    /// More than one for an animated GIF, APNG or WebP.
    package var frameCount: Int

    package init(format: ImageFormat, size: ImageSize, frameCount: Int = 1) {
        self.format = format
        self.size = size
        self.frameCount = frameCount
    }

    package var isAnimated: Bool { frameCount > 1 }

    /// Checks `bytes`, the whole file `fileName`: the format its name promises, a readable
    /// size within `limits` (decided from the header alone), and an end marker where the format
    /// has one. An animation is no error: see `animationWarning`.
    package static func inspect(_ bytes: [UInt8], fileName: String,
                                limits: ImageLimits = ImageLimits()) throws(ImageProblem) -> ImageHeader {
        guard let format = ImageFormat(sniffing: bytes) else { throw .notAnImage(file: fileName) }
        if let named = ImageFormat(fileName: fileName), named != format {
            throw .wrongExtension(file: fileName, named: named, actual: format)
        }
        guard let size = ImageSize.read(bytes) else { throw .unreadableSize(file: fileName, format: format) }
        if size.width > limits.maximumSide || size.height > limits.maximumSide
            || size.width * size.height > limits.maximumPixels {
            throw .tooLarge(file: fileName, size: size, limits: limits)
        }
        guard let frameCount = ImageStructure.frameCount(of: bytes, format: format) else {
            throw .truncated(file: fileName, format: format)
        }
        return ImageHeader(format: format, size: size, frameCount: frameCount)
    }

    /// What happens to an animation: only its first frame is published, as a still image,
    /// like every other photo (resized, metadata removed), rather than a large file as it is.
    package func animationWarning(fileName: String) -> String? {
        guard isAnimated else { return nil }
        return "'\(fileName)' is an animated \(format.name) of \(frameCount) frames: only its first frame is published"
    }
}
