import ImageHeaders

/// One published file of an image: a width and a format.
package struct ImageVariant: Hashable, Sendable {
    package var width: Int
    package var height: Int
    package var format: ImageFormat
    package var bytes: [UInt8]
}
