import ContentHash

/// The files a rebuild plans again when the others are as the last build made them: those that
/// read a changed file whole, when nothing else changed (see `PlanScope.ofBodyChanges`).
package struct PlanScope {
    /// Output paths to plan (`editions/4/index.html`).
    package var paths: Set<String>
    /// Every file the output will hold, sorted, the marker aside.
    package var existing: [String]

    /// The scope of a rebuild after which only bodies of editions and news posts changed: same
    /// options, theme and kerne (`optionsDigest`), same shape of the content (same files, each
    /// with the same list part), an output folder nobody touched. Every file then has the path,
    /// sources and key the last build gave it, except those that read a changed file whole.
    /// Nil when any of that does not hold: plan everything.
    package static func ofBodyChanges(previous: BuildManifest, snapshot: InputSnapshot, shapeDigest: ContentDigest,
                              optionsDigest: ContentDigest, themeDigest: ContentDigest,
                              outputUntouched: Bool) -> PlanScope? {
        guard previous.shapeDigest == shapeDigest, previous.optionsDigest == optionsDigest,
              previous.themeDigest == themeDigest, outputUntouched
        else { return nil }
        var changed = [Bool](repeating: false, count: previous.contentFiles.count)
        for (position, entry) in previous.contentFiles.enumerated() where snapshot.files[entry.path] != entry.digest {
            changed[position] = true
        }
        var scope = PlanScope(paths: [], existing: [])
        scope.existing.reserveCapacity(previous.files.count)
        for entry in previous.files where entry.path != OutputMarker.name {
            scope.existing.append(entry.path)
            if entry.readsEverything || entry.reads.contains(where: { changed[$0] }) { scope.paths.insert(entry.path) }
        }
        return scope
    }
}
