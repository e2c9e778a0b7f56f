import Foundation
@testable import Images
import Testing

/// `<cache>/images/` keeps what any build used in the last 30 days, by each entry's use-stamp,
/// and loses the rest; the clock is moved, not waited for.
@Suite struct ImageCachePruningTests {
    /// A clock the test sets.
    final class Clock: @unchecked Sendable {
        var now = Date(timeIntervalSince1970: 1_800_000_000)
    }

    private func entries(_ folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return ((enumerator?.allObjects as? [String]) ?? []).filter { !$0.hasSuffix(ImageCachePruning.stampName) }.sorted()
    }

    @Test func removesWhatNoBuildUsedForThirtyDays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kerne-prune-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let clock = Clock()
        var cache = ImageCache(directory: folder)
        cache.pruning.now = { clock.now }
        let png = try ImageFixtures.bytes("drawing.png")
        let day: TimeInterval = 86_400

        // Two images made at the clock's day 0 (their stamps are set to it, as a use would).
        _ = try cache.image(contentKey: "used", bytes: png, fileName: "a.png", widths: [320])
        _ = try cache.image(contentKey: "unused", bytes: png, fileName: "b.png", widths: [320])
        // An old recipe (other widths), and a temporary file a stopped build left.
        _ = try cache.image(contentKey: "old-recipe", bytes: png, fileName: "c.png", widths: [200])
        let recipe = folder.appendingPathComponent(ImageCache.recipe(widths: [320], limits: .init(), quality: ResponsiveImage.defaultQuality))
        let leftover = recipe.appendingPathComponent(".unused.variants.1234")
        FileManager.default.createFile(atPath: leftover.path, contents: Data([1, 2, 3]))
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path) {
                ImageCachePruning.setModificationTime(of: folder.appendingPathComponent(name).appendingPathComponent(file).path, to: clock.now)
            }
        }
        #expect(entries(folder).count == 6)  // 2 recipe folders, 4 files

        // Day 20: another output folder's build uses one of them.
        clock.now += 20 * day
        #expect(cache.cachedImage(contentKey: "used", fileName: "a.png", widths: [320]) != nil)
        #expect(ImageCachePruning.modificationTime(of: recipe.appendingPathComponent("used.variants").path) == clock.now)

        // Day 29: nothing is 30 days unused yet.
        clock.now += 9 * day
        #expect(cache.pruning.pruneIfDue() == 0)
        #expect(entries(folder).count == 6)

        // Day 31: the stamp of the last pruning is two days old, so the folder is looked over;
        // the entry used on day 20 stays, the rest goes, and so does the old recipe's folder.
        clock.now += 2 * day
        #expect(cache.pruning.pruneIfDue() == 3)
        #expect(entries(folder) == [recipe.lastPathComponent, recipe.lastPathComponent + "/used.variants"])
        // The same day again: not looked over twice.
        #expect(cache.pruning.pruneIfDue() == 0)
        // Still read back as it was.
        #expect(cache.cachedImage(contentKey: "used", fileName: "a.png", widths: [320]) != nil)
    }
}
