/// Why bytes of a cache file could not be read back: the reader of any cache file turns it
/// into "no cache" (a full build), never into a crash.
package enum BinaryFormatError: Error, Equatable {
    /// A length or count runs past the end of the bytes.
    case truncated
    /// A value `BinaryWriter` does not write: a flag that is not 0 or 1, an unknown tag, text
    /// that is not UTF-8, trailing bytes, a version or magic number that is not this kerne's.
    case invalid
}
