/// « did you mean … »: the known name closest to a misspelt one, when one is close enough.
enum Suggestion {
    static func closest(to name: String, among candidates: [String]) -> String? {
        let lowered = Array(name.lowercased().unicodeScalars)
        let close = candidates.compactMap { candidate -> (distance: Int, name: String)? in
            let distance = editDistance(lowered, Array(candidate.lowercased().unicodeScalars))
            let allowed = min(2, max(1, candidate.unicodeScalars.count / 3))
            return distance <= allowed ? (distance, candidate) : nil
        }
        return close.min { lhs, rhs in
            lhs.distance != rhs.distance ? lhs.distance < rhs.distance : ByteOrder.precedes(lhs.name, rhs.name)
        }?.name
    }

    static func hint(for name: String, among candidates: [String]) -> String? {
        closest(to: name, among: candidates).map { "did you mean '\($0)'?" }
    }

    /// Levenshtein distance where swapping two neighbours counts as one edit (optimal string alignment).
    static func editDistance<Element: Equatable>(_ lhs: [Element], _ rhs: [Element]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var beforePrevious = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[rhs.count]
    }
}
