/// A value in the one binary format (`BinaryWriter`), written field by field by hand: reading
/// them back is many times faster than through `Codable` (a rebuild reads thousands).
/// Keep each conformance in step with its type's stored properties (a test counts them).
package protocol BinaryCodable {
    func write(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws(BinaryFormatError)
}
