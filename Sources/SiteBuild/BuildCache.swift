import Foundation
import SiteSource

/// The incremental build cache of one output folder: `<parent>/.kerne-cache/<output name>/`
/// beside the output (never inside it, so it is not deployed), holding `manifest.bin` (what the
/// last build read and wrote) and `parsed.pack` (parse results of content files). Anything
/// missing or damaged there only makes the next build a full one.
struct BuildCache {
    static let folderName = ".kerne-cache"

    let directory: URL

    init(outputDirectory: URL) {
        let output = outputDirectory.standardizedFileURL
        directory = output.deletingLastPathComponent().appendingPathComponent(Self.folderName)
            .appendingPathComponent(output.lastPathComponent)
    }

    var manifestPath: String { directory.appendingPathComponent("manifest.bin").path }
    var packPath: String { directory.appendingPathComponent("parsed.pack").path }

    /// Kerne's own identity: a different executable may parse or render differently.
    static let kerneIdentity: ContentDigest = {
        var hasher = DigestHasher()
        hasher.add(UInt64(BuildManifest.currentFormat))
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? CommandLine.arguments.first ?? ""
        hasher.add(executable)
        if let stamp = FileStamp(path: executable) {
            hasher.add(UInt64(bitPattern: stamp.size))
            hasher.add(UInt64(bitPattern: stamp.modified))
            hasher.add(UInt64(bitPattern: stamp.modifiedNanoseconds))
            hasher.add(stamp.inode)
        }
        return hasher.finish()
    }()

    func loadManifest() -> BuildManifest? {
        guard let bytes = FileBytes.read(manifestPath),
              let manifest = ManifestFile.decode(bytes),
              manifest.format == BuildManifest.currentFormat else { return nil }
        return manifest
    }

    /// Forgets the last build: done before the output folder changes, so that a build that
    /// stops half-way is followed by a full one.
    func forgetManifest() {
        unlink(manifestPath)
    }

    func save(_ manifest: BuildManifest) {
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil,
              let bytes = try? ManifestFile.encode(manifest) else { return }
        _ = FileBytes.replace(manifestPath, bytes)
    }

    func parsePack() -> ParsePack {
        ParsePack(contentsOf: packPath, salt: Self.kerneIdentity)
    }

    func save(_ pack: ParsePack) {
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil else { return }
        _ = pack.save(to: packPath)
    }
}
