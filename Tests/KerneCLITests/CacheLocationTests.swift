import Foundation
import TestSupport
import Testing

/// The build cache lives outside the site, in `$KERNE_CACHE_DIR`, else `$XDG_CACHE_HOME/kerne`;
/// `--no-cache` neither reads it nor writes it. (The last default, `~/.cache/kerne`, is the
/// account's home from the password database, not `$HOME`: a test could only write into the real
/// one, so it is not tested here.)
@Suite struct CacheLocationTests {
    static let edition = "---\nedition: 1\ntitle: Premier\ndate: 2011-02-23\n---\nTexte.\n"

    /// The manifests below `root`, relative to it.
    static func manifests(under root: URL) -> [String] {
        FolderContents.read(root).keys.filter { $0.hasSuffix("/manifest.bin") }.sorted()
    }

    /// `kerne build` with only the cache variables given in `assignments` (`NAME=value`).
    static func build(_ site: ScratchSite, _ assignments: [String], _ options: String = "") throws -> KerneProcess.Result {
        let variables = assignments.map { "'\($0)'" }.joined(separator: " ")
        return try KerneProcess.shell("env -u KERNE_CACHE_DIR -u XDG_CACHE_HOME \(variables) \"$KERNE\" build --output out --now 2013-11-15 --quiet \(options)",
                                      in: site.root)
    }

    @Test(arguments: [("KERNE_CACHE_DIR", "explicit/"), ("XDG_CACHE_HOME", "xdg/kerne/")])
    func theCacheIsWhereTheEnvironmentSays(_ variable: String, _ expected: String) throws {
        let site = try ScratchSite(["editions/01-premier.md": Self.edition])
        let caches = site.url("caches")
        let all = ["KERNE_CACHE_DIR=\(caches.path)/explicit", "XDG_CACHE_HOME=\(caches.path)/xdg"]
        // The variable under test and those it overrides; not those that override it.
        let given = Array(all.drop { !$0.hasPrefix(variable + "=") })
        let result = try Self.build(site, given)
        #expect(result.status == 0, "\(result.standardError)")
        let found = Self.manifests(under: caches)
        #expect(found.count == 1 && found.allSatisfy { $0.hasPrefix(expected) }, "\(found)")
        #expect(try site.entries() == ["caches", "content", "out", "themes"])
    }

    /// `--no-cache` leaves the build cache of the output alone; only the processed images, kept
    /// by content in `images/` and the same bytes whoever makes them, are shared (docs/writing-content.md, « Photos »).
    @Test func noCacheNeitherReadsNorWritesTheCache() throws {
        let site = try ScratchSite(["editions/01-premier.md": Self.edition])
        let cache = site.url("cache")
        #expect(try Self.build(site, ["KERNE_CACHE_DIR=\(cache.path)"]).status == 0)
        let folders = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0 != "images" }
        #expect(folders.count == 1)
        let before = Self.buildCache(in: cache)
        #expect(Self.manifests(under: cache).count == 1)

        try site.write("editions/02-second.md", "---\nedition: 2\ntitle: Second\ndate: 2011-03\n---\nTexte.\n")
        #if os(Linux)
        let watched = try OpenedFiles(folders, under: cache)
        #endif
        let result = try Self.build(site, ["KERNE_CACHE_DIR=\(cache.path)"], "--no-cache")
        #expect(result.status == 0, "\(result.standardError)")
        #if os(Linux)
        #expect(watched.drain() == [], "the cache was read")
        #endif
        #expect(site.tree("out")["editions/2/index.html"] != nil)
        #expect(Self.buildCache(in: cache) == before, "the cache was written")

        // Without a cache to begin with, none is made but the images'.
        try FileManager.default.removeItem(at: cache)
        #expect(try Self.build(site, ["KERNE_CACHE_DIR=\(cache.path)"], "--no-cache").status == 0)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0 != "images" } == [])
    }

    /// The files of the cache folder but its shared `images/`.
    static func buildCache(in cache: URL) -> [String: Data] {
        FolderContents.read(cache).filter { !$0.key.hasPrefix("images/") }
    }
}
