import ContentHash

extension PlannedFile {
    /// Every file of the last build, sorted by path: those `planned` (a `PlanScope`'s, sorted) as
    /// planned, the others kept with the key and reads the last build recorded.
    package static func keepingTheRest(of previous: BuildManifest, planned: [PlannedFile]) -> [PlannedFile] {
        var files: [PlannedFile] = []
        files.reserveCapacity(previous.files.count)
        var next = 0
        for entry in previous.files where entry.path != OutputMarker.name {
            if next < planned.count, planned[next].path == entry.path {
                files.append(planned[next])
                next += 1
            } else {
                files.append(PlannedFile(path: entry.path, source: .kept(reads: entry.reads.map { previous.contentFiles[$0].path }),
                                         key: entry.key))
            }
        }
        return files
    }

    /// The paths and keys of `files` (sorted by path) with the marker in its place, as the manifest
    /// records them: inserted, without sorting thousands of paths again.
    package static func recorded(_ files: [PlannedFile]) -> [(path: String, key: ContentDigest)] {
        var recorded = files.map { (path: $0.path, key: $0.key) }
        let markerPlace = recorded.firstIndex { $0.path > OutputMarker.name } ?? recorded.count
        recorded.insert((path: OutputMarker.name, key: OutputMarker.key), at: markerPlace)
        return recorded
    }
}
