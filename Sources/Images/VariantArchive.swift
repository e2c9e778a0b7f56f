import BinaryFormat
import ImageHeaders

/// A `ResponsiveImage` as one file of the image cache: a magic line, then the image in the one
/// binary format of kerne's caches (`BinaryWriter`). Decoding damaged bytes gives nil.
/// The warnings are not kept: they name the file, and other files may have the same bytes.
enum VariantArchive {
    private static let magic = Array("kerne-images 1\n".utf8)

    static func encode(_ image: ResponsiveImage) -> [UInt8] {
        var writer = BinaryWriter()
        writer.bytes = magic
        writer.add(image.header.format.rawValue)
        writer.add(image.header.size.width)
        writer.add(image.header.size.height)
        writer.add(image.header.frameCount)
        writer.add(image.variants.count)
        for variant in image.variants {
            writer.add(variant.width)
            writer.add(variant.height)
            writer.add(variant.format.rawValue)
            writer.add(slice: variant.bytes)
        }
        return writer.bytes
    }

    static func decode(_ input: [UInt8], fileName: String) -> ResponsiveImage? {
        try? BinaryReader.read(input) { (reader) throws(BinaryFormatError) in
            guard try reader.raw(magic.count).elementsEqual(magic) else { throw .invalid }
            let imageFormat = try format(&reader)
            let width = try size(&reader), height = try size(&reader), frames = try size(&reader)
            let header = ImageHeader(format: imageFormat, size: ImageSize(width: width, height: height), frameCount: frames)
            let variantCount = try reader.count()
            var variants: [ImageVariant] = []
            for _ in 0..<variantCount {
                let width = try size(&reader), height = try size(&reader), format = try format(&reader)
                variants.append(ImageVariant(width: width, height: height, format: format, bytes: Array(try reader.slice())))
            }
            return ResponsiveImage(header: header, variants: variants,
                                   warnings: header.animationWarning(fileName: fileName).map { [$0] } ?? [])
        }
    }

    /// A size or count: every one fits in 31 bits, so a larger word means damaged bytes.
    private static func size(_ reader: inout BinaryReader) throws(BinaryFormatError) -> Int {
        let value = try reader.int()
        guard (0...Int(Int32.max)).contains(value) else { throw .invalid }
        return value
    }

    private static func format(_ reader: inout BinaryReader) throws(BinaryFormatError) -> ImageFormat {
        guard let format = ImageFormat(rawValue: try reader.string()) else { throw .invalid }
        return format
    }
}
