import Foundation
@testable import IncrementalBuild
import Testing
@testable import SiteBuild
import TestSupport

/// The spare beside the output (the site the last swap took out) is staged into without being
/// listed when the manifest's record of it still holds. These tests run chains of builds, since
/// a record exists only from the second incremental build on, and check that it tells the truth
/// and that a spare changed behind kerne's back is listed, not trusted.
@Suite struct SpareRecordTests {
    private func spare(of site: IncrementalSite) -> URL {
        SpareTree.url(beside: site.output)
    }

    private func record(of site: IncrementalSite) throws -> SpareRecord {
        try #require(site.cache.loadManifest()?.spare, "the manifest records no spare")
    }

    /// The output as a clean build makes it, file by file.
    private func expectSameAsClean(_ site: IncrementalSite, _ step: String) throws {
        let incremental = FolderContents.read(site.output)
        let clean = try site.cleanBuild()
        #expect(incremental.keys.sorted() == clean.keys.sorted(), "after \(step)")
        for (path, bytes) in clean.sorted(by: { $0.key < $1.key }) where incremental[path] != bytes {
            Issue.record("after \(step): \(path) differs from a clean build")
        }
    }

    /// The manifest's stamps are the output's, and what the record says of each file of the output
    /// is what the spare holds: the same inode as the output's file, but at the paths it does not know.
    private func expectRecordTrue(_ site: IncrementalSite, _ step: String) throws {
        let record = try record(of: site)
        #expect(SpareTree.holds(record, beside: site.output), "after \(step)")
        let manifest = try #require(site.cache.loadManifest())
        // The stamps the manifest took from records rather than `lstat` are the output's own.
        for entry in manifest.files {
            #expect(FileStamp(path: site.output.appendingPathComponent(entry.path).path) == entry.stamp,
                    "after \(step): the stamp of \(entry.path)")
        }
        for entry in manifest.folders {
            #expect(FileStamp(path: site.output.appendingPathComponent(entry.path).path) == entry.stamp,
                    "after \(step): the stamp of the folder '\(entry.path)'")
        }
        let unknown = Set(record.unknownFiles)
        for entry in manifest.files where !unknown.contains(entry.path) {
            let found = FileStamp(path: spare(of: site).appendingPathComponent(entry.path).path)
            #expect(found?.inode == entry.stamp.inode, "after \(step): the record is wrong about \(entry.path)")
        }
    }

    @Test func aChainOfChangesGivesCleanBuildsAndATrueRecord() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let changes: [(String, () throws -> Void)] = [
            ("an edit", { try site.append("\nUne phrase.\n", to: "editions/02-referencement.md") }),
            ("another edit", { try site.append("\nUne autre phrase.\n", to: "editions/02-referencement.md") }),
            ("an added edition", {
                try site.write("---\nedition: 6\ntitle: Une nouvelle\ndate: 2012-03-08T19:00\nvenue: bar\n---\nTexte.\n",
                               to: "editions/06-nouvelle.md")
            }),
            ("an added static file", { try site.write("nouveau\n", to: "static/docs/nouveau.txt") }),
            ("a deleted edition", {
                try FileManager.default.removeItem(at: site.content.appendingPathComponent("editions/03-ete.md"))
            }),
            ("a deleted static folder", {
                try FileManager.default.removeItem(at: site.content.appendingPathComponent("static/docs"))
            }),
            ("a touched output file", {
                try Data("abîmé".utf8).write(to: site.output.appendingPathComponent("editions/1/index.html"))
                try site.append("\nEncore.\n", to: "editions/02-referencement.md")
            }),
            ("the deleted edition back", {
                try site.write("---\nedition: 3\ntitle: L'été\ndate: 2011-07-07T19:00\nvenue: bar\n---\nRetour.\n",
                               to: "editions/03-ete.md")
            }),
            ("one more edit", { try site.append("\nFin.\n", to: "editions/01-lancement.md") }),
        ]
        for (index, (step, change)) in changes.enumerated() {
            try change()
            let report = site.build()
            #expect(report.succeeded, "after \(step): \(report.diagnostics) \(report.errors)")
            try expectSameAsClean(site, step)
            // The first incremental build stages into no spare; every later one leaves a record.
            if index > 0 { try expectRecordTrue(site, step) }
        }
    }

    /// Files the edit does not change keep their inode: the spare's copies were kept, not linked again.
    @Test func anEditLinksOnlyWhatChanged() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        for sentence in ["Un.", "Deux.", "Trois."] {
            try site.append("\n\(sentence)\n", to: "editions/02-referencement.md")
            #expect(site.build().succeeded)
        }
        let robots = site.output.appendingPathComponent("robots.txt").path
        let before = try #require(FileStamp(path: robots))
        try site.append("\nQuatre.\n", to: "editions/02-referencement.md")
        #expect(site.build().succeeded)
        // Same inode and same change time: no link was made to it or removed from it.
        #expect(FileStamp(path: robots) == before)
        try expectSameAsClean(site, "four edits")
        try expectRecordTrue(site, "four edits")
    }

    /// Each way of changing the spare behind kerne's back: the record no longer holds, the spare
    /// is listed, and the output is still exactly a clean build's.
    @Test(arguments: ["a replaced file", "a stray file", "a removed folder", "a file changed in place",
                      "a stray file in the top folder"])
    func aSpareChangedBehindKernesBackIsNotTrusted(change: String) throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.append("\nUn.\n", to: "editions/02-referencement.md")
        #expect(site.build().succeeded)
        try site.append("\nDeux.\n", to: "editions/02-referencement.md")
        #expect(site.build().succeeded)
        let record = try record(of: site)
        #expect(SpareTree.holds(record, beside: site.output))
        let spare = spare(of: site)
        switch change {
        case "a replaced file":
            // A new file (new inode) where the spare held the output's robots.txt.
            let robots = spare.appendingPathComponent("robots.txt")
            try FileManager.default.removeItem(at: robots)
            try Data("faux".utf8).write(to: robots)
        case "a stray file":
            try Data("en trop".utf8).write(to: spare.appendingPathComponent("editions/1/en-trop.html"))
        case "a removed folder":
            try FileManager.default.removeItem(at: spare.appendingPathComponent("editions/1"))
        case "a file changed in place":
            // The spare's robots.txt is the output's: changing it changes the output's too.
            let handle = try FileHandle(forWritingTo: spare.appendingPathComponent("robots.txt"))
            try handle.write(contentsOf: Data("faux".utf8))
            try handle.close()
        default:
            try Data("en trop".utf8).write(to: spare.appendingPathComponent("en-trop.txt"))
        }
        if change != "a file changed in place" { #expect(!SpareTree.holds(record, beside: site.output)) }
        try site.append("\nTrois.\n", to: "editions/02-referencement.md")
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")
        try expectSameAsClean(site, change)
        try site.append("\nQuatre.\n", to: "editions/02-referencement.md")
        #expect(site.build().succeeded)
        try expectSameAsClean(site, change + ", then an edit")
        try expectRecordTrue(site, change + ", then an edit")
    }
}
