/// The files of the new site set against those the last build recorded, both sorted by path,
/// in one walk over the two lists (no set or dictionary of tens of thousands of paths).
package struct OutputComparison {
    /// Files the last build made that the new site no longer has (the marker aside).
    package private(set) var removed: [String] = []
    /// Whether the new site has a file the last build did not make.
    package private(set) var added = false
    /// Positions in `planned` of files that are new or whose key is not the recorded one.
    package private(set) var changedKeys: [Int] = []

    /// Whether the new site has exactly the last build's files, hence its folders.
    package var samePaths: Bool { removed.isEmpty && !added }

    /// `planned` is sorted by path; nil when `previous` is not (a manifest kerne did not write).
    package init?(previous: [BuildManifest.OutputEntry], planned: [PlannedFile]) {
        guard zip(previous, previous.dropFirst()).allSatisfy({ $0.path < $1.path }) else { return nil }
        var old = 0
        func skipRemoved(before path: String?) {
            while old < previous.count, path.map({ previous[old].path < $0 }) ?? true {
                if previous[old].path != OutputMarker.name { removed.append(previous[old].path) }
                old += 1
            }
        }
        for (position, file) in planned.enumerated() {
            skipRemoved(before: file.path)
            if old < previous.count, previous[old].path == file.path {
                if previous[old].key != file.key { changedKeys.append(position) }
                old += 1
            } else {
                added = true
                changedKeys.append(position)
            }
        }
        skipRemoved(before: nil)
    }
}
