import Foundation
import Testing
import TestSupport

/// Same input, same bytes: whatever the machine's time zone and locale.
@Suite struct DeterminismTests {
    static func tree(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            if let data = FileManager.default.contents(atPath: path), !url.hasDirectoryPath {
                files[String(path.dropFirst(base.count + 1))] = data
            }
        }
        return files
    }

    @Test func theRealSiteIsIdenticalAcrossTimeZonesAndLocales() throws {
        let temporary = try KerneProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let environments: [[String: String]] = [
            ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"],
            ["TZ": "Pacific/Kiritimati", "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"],
            ["TZ": "America/Los_Angeles", "LANG": "ja_JP.UTF-8"],
        ]
        var trees: [[String: Data]] = []
        for (offset, environment) in environments.enumerated() {
            let output = temporary.appendingPathComponent("out\(offset)")
            let result = try KerneProcess.run(["build", "--output", output.path, "--now", "2013-11-15", "--quiet"],
                                              in: KerneProcess.repository, environment: environment)
            #expect(result.status == 0, "\(result.standardError)")
            trees.append(Self.tree(output))
        }
        #expect(trees[0].count > 50)
        #expect(trees[0]["agenda.ics"] != nil)
        for other in trees.dropFirst() {
            #expect(other.keys.sorted() == trees[0].keys.sorted())
            for (path, data) in trees[0] where other[path] != data {
                Issue.record("\(path) differs between environments")
            }
        }
    }
}
