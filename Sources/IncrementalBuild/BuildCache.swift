import Foundation
import ContentHash
import SiteSource

/// The incremental build cache of one output folder, in `<cache root>/<digest of the output
/// path>/`, outside the site (so it is neither deployed nor in the way): `manifest.bin` (what the
/// last build read and wrote), `parsed.pack` (parse results of content files) and `output-path`
/// (whose cache it is). Anything missing or damaged there only makes the next build a full one.
package struct BuildCache {
    /// Caches unused for this long whose output folder is gone are removed.
    package static let abandonedAfter: TimeInterval = 7 * 24 * 3600

    package let directory: URL

    package init(root: URL, outputDirectory: URL) {
        let output = outputDirectory.standardizedFileURL.path
        directory = root.appendingPathComponent(ContentDigest.of(output).description)
        self.outputPath = output
    }

    private let outputPath: String

    /// `$KERNE_CACHE_DIR`, else `$XDG_CACHE_HOME/kerne`, else `~/.cache/kerne`.
    package static func defaultRoot() -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["KERNE_CACHE_DIR"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("kerne")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/kerne")
    }

    package var manifestPath: String { directory.appendingPathComponent("manifest.bin").path }
    package var packPath: String { directory.appendingPathComponent("parsed.pack").path }

    /// Kerne's own identity: a different executable may parse or render differently.
    package static let kerneIdentity: ContentDigest = {
        var hasher = ContentHasher()
        hasher.add(ManifestFile.version)
        // /proc/self/exe first: `Bundle.main` lists the executable's folder (twice) looking for resources.
        let executable = FileSystem.realPath("/proc/self/exe") ?? Bundle.main.executableURL?.resolvingSymlinksInPath().path
            ?? CommandLine.arguments.first ?? ""
        hasher.add(executable)
        if let stamp = FileStamp(path: executable) {
            hasher.add(UInt64(bitPattern: stamp.size))
            hasher.add(UInt64(bitPattern: stamp.modified))
            hasher.add(UInt64(bitPattern: stamp.modifiedNanoseconds))
            hasher.add(stamp.inode)
        }
        return hasher.finish()
    }()

    package func loadManifest() -> BuildManifest? {
        guard let bytes = FileBytes.read(manifestPath) else { return nil }
        return try? ManifestFile.decode(bytes)
    }

    /// Forgets the last build: done before the output folder changes, so that a build that
    /// stops half-way is followed by a full one.
    package func forgetManifest() {
        unlink(manifestPath)
    }

    package func save(_ manifest: BuildManifest) {
        guard prepareDirectory() else { return }
        _ = FileBytes.replace(manifestPath, ManifestFile.encode(manifest))
    }

    /// `trusted`: the stamp of the pack the last successful build left (`BuildManifest.packStamp`).
    package func parsePack(trusted: FileStamp?) -> ParsePack {
        ParsePack(contentsOf: packPath, salt: Self.kerneIdentity, trusted: trusted)
    }

    /// Returns the stamp of the pack as saved; nil when it could not be saved.
    package func save(_ pack: ParsePack) -> FileStamp? {
        guard prepareDirectory(), pack.save(to: packPath) else { return nil }
        return FileStamp(path: packPath)
    }

    private func prepareDirectory() -> Bool {
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil else {
            return false
        }
        let record = directory.appendingPathComponent("output-path").path
        if FileBytes.read(record) != Array(outputPath.utf8) { _ = FileBytes.replace(record, Array(outputPath.utf8)) }
        return true
    }

    /// Removes the caches of output folders that no longer exist, once they have been unused
    /// for `abandonedAfter` (test runs and `kerne serve` leave many behind).
    package static func pruneAbandoned(in root: URL) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: root.path) else { return }
        let limit = Date().addingTimeInterval(-abandonedAfter).timeIntervalSince1970
        for name in names.sorted() {
            let folder = root.appendingPathComponent(name)
            let recordPath = folder.appendingPathComponent("output-path").path
            // lstat, not FileManager's attributes (which read /etc/passwd for the owner's name).
            guard let record = FileBytes.read(recordPath), let stamp = FileStamp(path: recordPath),
                  Double(stamp.modified) < limit,
                  !manager.fileExists(atPath: String(decoding: record, as: UTF8.self)) else { continue }
            try? manager.removeItem(at: folder)
        }
    }
}
