/// Sorting that never depends on locale or Unicode collation: plain UTF-8 byte order.
enum ByteOrder {
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    static func sorted(_ names: [String]) -> [String] {
        names.sorted(by: precedes)
    }
}
