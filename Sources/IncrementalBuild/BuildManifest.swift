import ContentHash
import SiteModel

/// What the last successful build read and wrote, kept in the build cache. A build whose inputs
/// are all the same, into an output folder nobody touched, has nothing to do.
package struct BuildManifest: Sendable {
    package struct OutputEntry: Equatable, Sendable {
        package var path: String
        /// Digest of everything the file was made from.
        package var key: ContentDigest
        package var stamp: FileStamp
        /// Positions in `contentFiles` of the files it reads whole (`RenderJob.Sources.files`).
        package var reads: [Int] = []
        /// Whether it reads everything (`RenderJob.Sources.everything`).
        package var readsEverything = false

        package init(path: String, key: ContentDigest, stamp: FileStamp, reads: [Int] = [], readsEverything: Bool = false) {
            self.path = path
            self.key = key
            self.stamp = stamp
            self.reads = reads
            self.readsEverything = readsEverything
        }
    }

    /// A content file as the build read it: its stamp before reading, and the digest of its bytes.
    package struct ContentEntry: Equatable, Sendable {
        package var path: String
        package var stamp: FileStamp
        package var digest: ContentDigest
    }

    package struct FolderEntry: Equatable, Sendable {
        /// Relative to the output folder; "" is the output folder itself.
        package var path: String
        package var stamp: FileStamp

        package init(path: String, stamp: FileStamp) {
            self.path = path
            self.stamp = stamp
        }
    }

    /// What `BuildReport` said, so that a build with nothing to do reports the same.
    package struct Summary: Sendable {
        package var diagnostics: [Diagnostic]
        package var pageCount: Int
        package var fileCount: Int
        package var eventCount: Int
        package var feedItemCount: Int

        package init(diagnostics: [Diagnostic], pageCount: Int, fileCount: Int, eventCount: Int, feedItemCount: Int) {
            self.diagnostics = diagnostics
            self.pageCount = pageCount
            self.fileCount = fileCount
            self.eventCount = eventCount
            self.feedItemCount = feedItemCount
        }
    }

    /// Options, kerne's own identity, the reference day.
    package var optionsDigest: ContentDigest
    package var contentDigest: ContentDigest
    /// In the order the snapshot found them; `InputSnapshot` takes the digests of files whose
    /// stamp is the same.
    package var contentFiles: [ContentEntry] = []
    /// When the snapshot of the content began (`InputSnapshot.started`).
    package var contentScanStarted: Int64 = 0
    /// `InputSnapshot.shapeDigest`: when it is the same, the new site has the same files, made
    /// from the same list parts, and only files that read a changed file whole differ.
    package var shapeDigest: ContentDigest?
    package var themeDirectory: String
    package var themeDigest: ContentDigest
    package var timeZoneIdentifier: String
    /// The parse cache as this build left it: while it has this stamp, its records need no check.
    package var packStamp: FileStamp?
    package var summary: Summary
    /// Sorted by path.
    package var files: [OutputEntry]
    package var folders: [FolderEntry]
    /// What the spare beside the output holds; nil when this build does not know.
    package var spare: SpareRecord?

    package init(optionsDigest: ContentDigest, contentDigest: ContentDigest, contentFiles: [ContentEntry] = [],
                 contentScanStarted: Int64 = 0, shapeDigest: ContentDigest? = nil, themeDirectory: String,
                 themeDigest: ContentDigest, timeZoneIdentifier: String, packStamp: FileStamp? = nil, summary: Summary,
                 files: [OutputEntry], folders: [FolderEntry], spare: SpareRecord? = nil) {
        self.optionsDigest = optionsDigest
        self.contentDigest = contentDigest
        self.contentFiles = contentFiles
        self.contentScanStarted = contentScanStarted
        self.shapeDigest = shapeDigest
        self.themeDirectory = themeDirectory
        self.themeDigest = themeDigest
        self.timeZoneIdentifier = timeZoneIdentifier
        self.packStamp = packStamp
        self.summary = summary
        self.files = files
        self.folders = folders
        self.spare = spare
    }
}
