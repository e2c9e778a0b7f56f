import SiteModel
import SiteSource

/// What the last successful build read and wrote, kept in the build cache. A build whose inputs
/// are all the same, into an output folder nobody touched, has nothing to do.
struct BuildManifest: Codable {
    /// Bumped whenever the manifest or the meaning of a key changes.
    static let currentFormat = 3

    struct OutputEntry: Codable, Equatable {
        var path: String
        /// Digest of everything the file was made from.
        var key: ContentDigest
        var stamp: FileStamp
        /// Positions in `contentFiles` of the files it reads whole (`RenderJob.Sources.files`).
        var reads: [Int] = []
        /// Whether it reads everything (`RenderJob.Sources.everything`).
        var readsEverything = false
    }

    /// A content file as the build read it: its stamp before reading, and the digest of its bytes.
    struct ContentEntry: Codable, Equatable {
        var path: String
        var stamp: FileStamp
        var digest: ContentDigest
    }

    struct FolderEntry: Codable, Equatable {
        /// Relative to the output folder; "" is the output folder itself.
        var path: String
        var stamp: FileStamp
    }

    /// What `BuildReport` said, so that a build with nothing to do reports the same.
    struct Summary: Codable {
        var diagnostics: [Diagnostic]
        var pageCount: Int
        var fileCount: Int
        var eventCount: Int
        var feedItemCount: Int
    }

    var format = currentFormat
    /// Options, kerne's own identity, the reference day.
    var optionsDigest: ContentDigest
    var contentDigest: ContentDigest
    /// In the order the snapshot found them; `InputSnapshot` takes the digests of files whose
    /// stamp is the same.
    var contentFiles: [ContentEntry] = []
    /// When the snapshot of the content began (`InputSnapshot.started`).
    var contentScanStarted: Int64 = 0
    /// `InputSnapshot.shapeDigest`: when it is the same, the new site has the same files, made
    /// from the same list parts, and only files that read a changed file whole differ.
    var shapeDigest: ContentDigest?
    var themeDirectory: String
    var themeDigest: ContentDigest
    var timeZoneIdentifier: String
    /// The parse cache as this build left it: while it has this stamp, its records need no check.
    var packStamp: FileStamp?
    var summary: Summary
    /// Sorted by path.
    var files: [OutputEntry]
    var folders: [FolderEntry]
}
