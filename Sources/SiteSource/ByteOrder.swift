#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sorting that never depends on locale or Unicode collation: plain UTF-8 byte order.
enum ByteOrder {
    /// `lhs.utf8.lexicographicallyPrecedes(rhs.utf8)`, with one `memcmp` instead of a generic
    /// loop over the bytes: the loader sorts thousands of file names.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        // Read in place: `withUTF8` needs copies of both strings, a retain and a release each.
        let inPlace = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
        return (inPlace ?? nil) ?? lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    static func sorted(_ names: [String]) -> [String] {
        names.sorted(by: precedes)
    }
}
