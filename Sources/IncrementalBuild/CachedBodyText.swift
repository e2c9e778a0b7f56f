import SiteModel

/// The full text of a body in an entry of the parse cache, read from the mapped file each time it
/// is asked for: only the pages rendered again ask, once or twice each.
struct CachedBodyText: StoredBodyText {
    let entry: ParseCacheEntry
    /// Where `html` is in the entry; `plainText` is the rest of it.
    let htmlRange: Range<Int>

    var htmlIsEmpty: Bool { htmlRange.isEmpty }

    var html: String { text(htmlRange) }
    var plainText: String { text(htmlRange.upperBound..<entry.count) }

    private func text(_ range: Range<Int>) -> String {
        entry.withBytes { bytes in String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
    }
}
