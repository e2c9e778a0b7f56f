import IncrementalBuild

/// What an in-place update left exactly as the last build recorded it: files it neither
/// rendered again nor removed, folders in which it created, renamed and removed nothing. Their
/// stamps are those of the last manifest, so the new manifest takes them without another `lstat`.
/// (Someone changing one of them meanwhile only makes its recorded stamp stale: the next build
/// then sees it as touched.)
struct UnchangedOutput {
    let previous: BuildManifest
    /// Files rendered again (rewritten or not) or removed.
    let redoneFiles: Set<String>
    /// Folders in which the update created, renamed or removed something, and the new ones.
    let changedFolders: Set<String>
    /// Every folder of the new site, sorted.
    let folders: [String]

    /// `rendered`: every file rendered again; `removed`: files removed; `folders`: every folder of
    /// the new site; `newFolders` and `removedFolders`: as the update made them.
    init(previous: BuildManifest, rendered: [String], removed: [String], folders: [String], newFolders: [String],
         removedFolders: [String]) {
        self.previous = previous
        redoneFiles = Set(rendered).union(removed)
        var changedFolders = Set((rendered + removed + newFolders + removedFolders).map { OutputTree.parent(of: $0) })
        changedFolders.formUnion(newFolders)
        self.changedFolders = changedFolders
        self.folders = folders
    }
}
