import ImageHeaders

/// A `ResponsiveImage` as one file of the image cache: a magic line, then numbers as 8
/// little-endian bytes and byte strings framed by their length. Decoding damaged bytes gives nil.
/// The warnings are not kept: they name the file, and other files may have the same bytes.
enum VariantArchive {
    private static let magic = Array("kerne-images 1\n".utf8)

    static func encode(_ image: ResponsiveImage) -> [UInt8] {
        var output = magic
        func number(_ value: Int) { withUnsafeBytes(of: UInt64(value).littleEndian) { output += $0 } }
        func bytes(_ value: [UInt8]) { number(value.count); output += value }
        bytes(Array(image.header.format.rawValue.utf8))
        number(image.header.size.width)
        number(image.header.size.height)
        number(image.header.frameCount)
        number(image.variants.count)
        for variant in image.variants {
            number(variant.width)
            number(variant.height)
            bytes(Array(variant.format.rawValue.utf8))
            bytes(variant.bytes)
        }
        return output
    }

    static func decode(_ input: [UInt8], fileName: String) -> ResponsiveImage? {
        guard input.starts(with: magic) else { return nil }
        var offset = magic.count
        func number() -> Int? {
            guard offset + 8 <= input.count else { return nil }
            let value = input[offset..<offset + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            offset += 8
            return value <= UInt64(Int32.max) ? Int(value) : nil  // every size and count fits
        }
        func bytes() -> [UInt8]? {
            guard let count = number(), offset + count <= input.count else { return nil }
            defer { offset += count }
            return Array(input[offset..<offset + count])
        }
        func format() -> ImageFormat? { bytes().flatMap { ImageFormat(rawValue: String(decoding: $0, as: UTF8.self)) } }
        guard let imageFormat = format(), let width = number(), let height = number(), let frames = number()
        else { return nil }
        guard let variantCount = number() else { return nil }
        var variants: [ImageVariant] = []
        for _ in 0..<variantCount {
            guard let width = number(), let height = number(), let format = format(), let data = bytes() else { return nil }
            variants.append(ImageVariant(width: width, height: height, format: format, bytes: data))
        }
        guard offset == input.count else { return nil }
        let header = ImageHeader(format: imageFormat, size: ImageSize(width: width, height: height), frameCount: frames)
        return ResponsiveImage(header: header, variants: variants,
                               warnings: header.animationWarning(fileName: fileName).map { [$0] } ?? [])
    }
}
