import IncrementalBuild

/// The stamps a new manifest may take from a record instead of an `lstat`: files the build
/// neither rendered again, linked again nor removed keep the last manifest's (same inode, same
/// link count), and folders in which it created, renamed and removed nothing keep theirs.
/// (Someone changing one of them meanwhile only makes its recorded stamp stale: the next build
/// then sees it as touched.)
struct KnownStamps {
    /// Where file stamps come from, sorted by path.
    let files: [BuildManifest.OutputEntry]
    /// Files rendered again (rewritten or not), linked again or removed.
    let redoneFiles: Set<String>
    /// Where folder stamps come from, sorted by path.
    let folderStamps: [BuildManifest.FolderEntry]
    /// Folders in which the build created, renamed or removed something, and the new ones.
    let changedFolders: Set<String>
    /// Every folder of the new site, sorted.
    let folders: [String]

    init(files: [BuildManifest.OutputEntry], redoneFiles: Set<String>, folderStamps: [BuildManifest.FolderEntry],
         changedFolders: Set<String>, folders: [String]) {
        self.files = files
        self.redoneFiles = redoneFiles
        self.folderStamps = folderStamps
        self.changedFolders = changedFolders
        self.folders = folders
    }

    /// For an update made in place over the output `previous` records: `rendered`, every file
    /// rendered again; `removed`, files removed; `folders`, every folder of the new site;
    /// `newFolders` and `removedFolders`, as the update made them.
    init(inPlaceOver previous: BuildManifest, rendered: [String], removed: [String], folders: [String],
         newFolders: [String], removedFolders: [String]) {
        var changedFolders = Set((rendered + removed + newFolders + removedFolders).map { OutputTree.parent(of: $0) })
        changedFolders.formUnion(newFolders)
        self.init(files: previous.files, redoneFiles: Set(rendered).union(removed), folderStamps: previous.folders,
                  changedFolders: changedFolders, folders: folders)
    }
}
