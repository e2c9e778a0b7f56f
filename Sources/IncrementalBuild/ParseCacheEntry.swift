import BinaryFormat

/// The bytes of one entry of the parse cache, in the mapped file: a cached file's body text is
/// read only if something shows it, long after its other fields.
struct ParseCacheEntry: Sendable {
    nonisolated(unsafe) private let bytes: UnsafeRawBufferPointer
    /// Keeps `bytes` alive.
    private let owner: any AnyObject & Sendable

    /// `bytes` must stay valid and unchanged while `owner` lives.
    init(bytes: UnsafeRawBufferPointer, owner: any AnyObject & Sendable) {
        self.bytes = bytes
        self.owner = owner
    }

    var count: Int { bytes.count }

    /// Runs `body` while the bytes are surely alive.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws(BinaryFormatError) -> Result)
        -> Swift.Result<Result, BinaryFormatError> {
        withExtendedLifetime(owner) { Swift.Result { () throws(BinaryFormatError) in try body(bytes) } }
    }

    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        withExtendedLifetime(owner) { body(bytes) }
    }
}
