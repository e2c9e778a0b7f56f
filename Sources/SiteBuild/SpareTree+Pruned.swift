import IncrementalBuild

extension SpareTree {
    /// What a prune left in the staging folder.
    struct Pruned {
        /// What the staging folder holds of the last output's files.
        enum Files {
            /// Nothing: it is a new folder.
            case none
            /// The inode of each file of the new site found there.
            case listed([String: UInt64])
            /// The last output's very files (same inodes), but at these paths: nothing.
            case asRecorded(unknown: Set<String>)
        }

        var files: Files
        /// The new site's folders it lacks, sorted.
        var missingFolders: [String]
        /// Stamps of folders as the spare's record gives them, sorted by path; empty without a record.
        var recordedFolders: [BuildManifest.FolderEntry] = []
        /// Folders in which the prune removed something.
        var changedFolders: Set<String> = []

        /// Whether the staging folder holds `entry`'s very file (a file of the last output).
        func holds(_ entry: BuildManifest.OutputEntry) -> Bool {
            switch files {
            case .none: false
            case .listed(let inodes): inodes[entry.path] == entry.stamp.inode
            case .asRecorded(let unknown): !unknown.contains(entry.path)
            }
        }

        /// Whether something may be at `path`, to be removed before a link is made there.
        func mayHold(_ path: String) -> Bool {
            switch files {
            case .none: false
            case .listed(let inodes): inodes[path] != nil
            case .asRecorded(let unknown): !unknown.contains(path)
            }
        }
    }
}
