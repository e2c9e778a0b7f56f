import Foundation
import Testing
import TestSupport

/// The order in which files were created (and so the order a folder lists them in) never
/// reaches the output: copies of the real site made in different orders build to the same bytes.
@Suite struct FileOrderDeterminismTests {
    /// Every regular file below `root`, relative, sorted.
    static func files(under root: URL) -> [String] {
        DeterminismTests.tree(root).keys.sorted()
    }

    /// Copies `source` to `destination` creating files (and their folders) in `order`.
    static func copy(_ source: URL, to destination: URL, order: [String]) throws {
        for path in order {
            let target = destination.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent(path), to: target)
        }
    }

    /// On tmpfs a folder lists its entries in the order they were created; ext4 lists them by a
    /// hash of their names, whatever the order. /dev/shm, when there is one, is a tmpfs.
    static func orderSensitiveDirectory() throws -> URL {
        let shm = URL(fileURLWithPath: "/dev/shm")
        if FileManager.default.isWritableFile(atPath: shm.path) {
            let url = shm.appendingPathComponent("kerne-order-\(UUID().uuidString)")
            if (try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)) != nil { return url }
        }
        return try KerneProcess.temporaryDirectory()
    }

    /// The names of `directory` in the order the file system lists them.
    static func listingOrder(_ directory: URL) -> [String] {
        guard let stream = opendir(directory.path) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    @Test func copiesMadeInDifferentOrdersBuildTheSameBytes() throws {
        let temporary = try Self.orderSensitiveDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let content = KerneProcess.repository.appendingPathComponent("content")
        let theme = KerneProcess.repository.appendingPathComponent("themes/default")
        let contentFiles = Self.files(under: content)
        let themeFiles = Self.files(under: theme)
        var generator = SeededGenerator(seed: 2011)
        let orders: [(String, [String], [String])] = [
            ("sorted", contentFiles, themeFiles),
            ("reversed", contentFiles.reversed(), themeFiles.reversed()),
            ("shuffled", contentFiles.shuffled(using: &generator), themeFiles.shuffled(using: &generator)),
        ]
        var trees: [[String: Data]] = []
        for (name, contentOrder, themeOrder) in orders {
            let root = temporary.appendingPathComponent(name)
            try Self.copy(content, to: root.appendingPathComponent("content"), order: contentOrder)
            try Self.copy(theme, to: root.appendingPathComponent("themes/default"), order: themeOrder)
            let result = try KerneProcess.run(["build", "--output", "out", "--now", "2013-11-15", "--quiet"], in: root)
            #expect(result.status == 0, "\(name): \(result.standardError)")
            trees.append(DeterminismTests.tree(root.appendingPathComponent("out")))
        }
        #expect(trees[0].count > 50)
        if temporary.path.hasPrefix("/dev/shm/") {
            let editions = ["sorted", "reversed"].map {
                Self.listingOrder(temporary.appendingPathComponent("\($0)/content/editions"))
            }
            #expect(editions[0] != editions[1], "the copies list their files in the same order: nothing was tested")
        }
        for (offset, tree) in trees.enumerated().dropFirst() {
            #expect(tree.keys.sorted() == trees[0].keys.sorted(), "\(orders[offset].0): other files")
            for (path, data) in trees[0].sorted(by: { $0.key < $1.key }) where tree[path] != data {
                Issue.record("\(path) differs between the sorted and the \(orders[offset].0) copy")
            }
        }
    }

    @Test func twoConsecutiveBuildsAreIdentical() throws {
        let site = try ScratchSite.realContent()
        #expect(try site.kerne("build", "--output", "first").status == 0)
        #expect(try site.kerne("build", "--output", "second").status == 0)
        let first = site.tree("first")
        #expect(first.count > 50)
        #expect(site.tree("second") == first)
        #expect(try site.kerne("build", "--output", "first").status == 0)
        #expect(site.tree("first") == first)
    }
}

