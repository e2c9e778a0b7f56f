/// What the spare beside the output (the site a swap took out of it, kept for the next build to
/// stage into) holds, as the build that kept it knew it: the next build then checks the spare's
/// folders on another core instead of listing them. (At 1,000 editions, listing the spare's
/// 1,530 folders took 10 to 11 ms of a 55 ms one-edit rebuild; see `docs/performance.md`.)
package struct SpareRecord: Equatable, Sendable {
    /// Every folder of the spare with its stamp, sorted by path ("" is the spare itself). A folder
    /// whose stamp is the same holds the same entries: creating, removing or renaming one
    /// changes the folder's modification time.
    package var folders: [BuildManifest.FolderEntry]
    /// Paths at which the spare may hold anything or nothing (the files the build that kept it
    /// rendered again or removed), sorted. At every other path of the output's files, the spare
    /// holds the output's very file (the same inode).
    package var unknownFiles: [String]

    package init(folders: [BuildManifest.FolderEntry], unknownFiles: [String]) {
        self.folders = folders
        self.unknownFiles = unknownFiles
    }
}
