/// What an in-place update left exactly as the last build recorded it: files it neither
/// rendered again nor removed, folders in which it created, renamed and removed nothing. Their
/// stamps are those of the last manifest, so the new manifest takes them without another `lstat`.
/// (Someone changing one of them meanwhile only makes its recorded stamp stale: the next build
/// then sees it as touched.)
struct UnchangedOutput {
    var files: [String: FileStamp] = [:]
    var folders: [String: FileStamp] = [:]

    /// `rendered`: every file rendered again (rewritten or not); `removed`: files removed;
    /// `newFolders` and `removedFolders`: as the update made them.
    init(previous: BuildManifest, rendered: [String], removed: [String], newFolders: [String], removedFolders: [String]) {
        let redone = Set(rendered).union(removed)
        var changedFolders = Set((rendered + removed + newFolders + removedFolders).map { OutputTree.parent(of: $0) })
        changedFolders.formUnion(newFolders)
        files.reserveCapacity(previous.files.count)
        for entry in previous.files where !redone.contains(entry.path) { files[entry.path] = entry.stamp }
        for entry in previous.folders where !changedFolders.contains(entry.path) { folders[entry.path] = entry.stamp }
    }
}
