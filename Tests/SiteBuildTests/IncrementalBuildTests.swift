import ContentHash
@testable import IncrementalBuild
import Foundation
import Testing
import SiteModel
@testable import SiteBuild
import TestSupport

/// After every kind of change, a build that reuses the cache and the previous output gives
/// exactly the bytes of a clean full build.
@Suite struct IncrementalBuildTests {
    /// Builds, applies `change`, builds again and compares with a clean build; returns the second report.
    @discardableResult
    private func expectSameAsClean(drafts: Bool = false, _ change: (IncrementalSite) throws -> Void) throws -> BuildReport {
        let site = try IncrementalSite()
        defer { site.remove() }
        let first = site.build(drafts: drafts)
        #expect(first.succeeded, "\(first.diagnostics) \(first.errors)")
        try change(site)
        let second = site.build(drafts: drafts)
        #expect(second.succeeded, "\(second.diagnostics) \(second.errors)")
        let incremental = FolderContents.read(site.output)
        let clean = try site.cleanBuild(drafts: drafts)
        #expect(incremental.keys.sorted() == clean.keys.sorted())
        for (path, bytes) in clean.sorted(by: { $0.key < $1.key }) where incremental[path] != bytes {
            Issue.record("\(path) differs from a clean build")
        }
        return second
    }

    @Test func editingAnEditionBodyRewritesOnlyWhatShowsIt() throws {
        let report = try expectSameAsClean { site in
            try site.append("\nUne phrase de plus.\n", to: "editions/02-referencement.md")
        }
        // Its page and the three feeds, which carry whole bodies.
        #expect(report.writtenCount == 4)
    }

    /// An incremental build swaps in a new folder too, whose unchanged files are the old ones
    /// hard-linked (same inode, same bytes), while an edited page is a new file.
    @Test func anEditSwapsInATreeThatKeepsTheUnchangedFiles() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let folderBefore = try #require(FileStamp(path: site.output.path))
        let robotsBefore = try #require(FileStamp(path: site.output.appendingPathComponent("robots.txt").path))
        let pageBefore = try #require(FileStamp(path: site.output.appendingPathComponent("editions/1/index.html").path))
        try site.append("\nUne phrase de plus.\n", to: "editions/01-lancement.md")
        #expect(site.build().succeeded)
        let folderAfter = try #require(FileStamp(path: site.output.path))
        let robotsAfter = try #require(FileStamp(path: site.output.appendingPathComponent("robots.txt").path))
        let pageAfter = try #require(FileStamp(path: site.output.appendingPathComponent("editions/1/index.html").path))
        #expect(folderAfter.inode != folderBefore.inode)
        #expect(robotsAfter.inode == robotsBefore.inode)
        #expect(pageAfter.inode != pageBefore.inode)
    }

    @Test func movingAnEditionChangesItsNeighboursAndLists() throws {
        try expectSameAsClean { site in
            try site.replace("date: 2011-11-10", with: "date: 2013-01-10",
                             in: site.content.appendingPathComponent("editions/02-referencement.md"))
        }
    }

    @Test func editingAnEditionTitleAndTags() throws {
        try expectSameAsClean { site in
            let file = site.content.appendingPathComponent("editions/02-referencement.md")
            try site.replace("title: Le référencement & les moteurs", with: "title: Le SEO", in: file)
            try site.replace("tags: [référencement, web]", with: "tags: [web, nouveau sujet]", in: file)
        }
    }

    @Test func editingANewsPost() throws {
        try expectSameAsClean { site in
            try site.replace("summary: Le lieu ouvre en octobre.", with: "summary: Le lieu ouvre enfin.",
                             in: site.content.appendingPathComponent("news/2013-10-ouverture.md"))
        }
    }

    @Test func editingATemplate() throws {
        try expectSameAsClean { site in
            try site.replace("</body>", with: "<!-- modifié --></body>",
                             in: site.theme.appendingPathComponent("templates/layout.mustache"))
        }
    }

    @Test func editingAThemeAsset() throws {
        try expectSameAsClean { site in
            let css = site.theme.appendingPathComponent("assets/style.css")
            try Data((try String(contentsOf: css, encoding: .utf8) + "\nbody { color: black; }\n").utf8).write(to: css)
        }
    }

    @Test func editingTheSiteConfiguration() throws {
        try expectSameAsClean { site in
            try site.replace("title: Apéro'test", with: "title: Apéro modifié",
                             in: site.content.appendingPathComponent("site.yml"))
        }
    }

    @Test func editingTheVenues() throws {
        try expectSameAsClean { site in
            try site.replace("name: Le Bar du Port", with: "name: Le Bar du Quai",
                             in: site.content.appendingPathComponent("venues.yml"))
        }
    }

    @Test func deletingAnEdition() throws {
        try expectSameAsClean { site in
            try FileManager.default.removeItem(at: site.content.appendingPathComponent("editions/03-ete.md"))
        }
    }

    @Test func addingAnEdition() throws {
        try expectSameAsClean { site in
            try site.write("""
                ---
                edition: 6
                title: Une nouvelle édition
                date: 2012-03-08T19:00
                venue: bar
                speakers:
                  - name: Nouvelle Intervenante
                tags: [web, nouveauté]
                ---
                Le texte de la nouvelle édition.

                """, to: "editions/06-nouvelle.md")
        }
    }

    @Test func addingAndChangingStaticFiles() throws {
        try expectSameAsClean { site in
            try site.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", to: "static/photos/salle.svg")
            try site.write("nouveau\n", to: "static/docs/nouveau.txt")
        }
    }

    @Test func deletingAStaticFile() throws {
        try expectSameAsClean { site in
            try site.write("provisoire\n", to: "static/provisoire.txt")
            site.build()
            try FileManager.default.removeItem(at: site.content.appendingPathComponent("static/provisoire.txt"))
        }
    }

    @Test func changingAnOptionRebuildsWhatItChanges() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(site.build(drafts: true).succeeded)
        #expect(FolderContents.read(site.output) == (try site.cleanBuild(drafts: true)))
        #expect(site.build().succeeded)
        #expect(FolderContents.read(site.output) == (try site.cleanBuild()))
    }

    @Test func aTouchedOrAddedOutputFileIsRepaired() throws {
        try expectSameAsClean { site in
            try Data("abîmé".utf8).write(to: site.output.appendingPathComponent("editions/2/index.html"))
            try Data("en trop".utf8).write(to: site.output.appendingPathComponent("editions/en-trop.html"))
            try FileManager.default.removeItem(at: site.output.appendingPathComponent("index.html"))
        }
    }

    @Test func nothingChangedWritesNothingAndKeepsDates() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = try #require(site.modificationDate("editions/2/index.html"))
        let manifest = try #require(FileStamp(path: site.cache.manifestPath))
        let report = site.build()
        #expect(FileStamp(path: site.cache.manifestPath) == manifest)
        #expect(report.succeeded)
        #expect(report.writtenCount == 0)
        #expect(report.pageCount > 0)
        #expect(site.modificationDate("editions/2/index.html") == before)
    }

    @Test func warningsAreReportedAgainWhenNothingChanged() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        try site.write("pas du Markdown\n", to: "editions/notes.txt")
        let first = site.build()
        #expect(first.succeeded)
        #expect(!first.diagnostics.isEmpty)
        #expect(site.build().diagnostics == first.diagnostics)
    }

    @Test func aDamagedCacheMeansAFullBuild() throws {
        for damage in [Data("garbage".utf8), Data()] {
            try expectSameAsClean { site in
                try site.append("\nEncore.\n", to: "editions/01-lancement.md")
                try damage.write(to: URL(fileURLWithPath: site.cache.manifestPath))
                try damage.write(to: URL(fileURLWithPath: site.cache.packPath))
            }
        }
    }

    @Test func aTruncatedParseCacheIsNotTrusted() throws {
        try expectSameAsClean { site in
            let pack = URL(fileURLWithPath: site.cache.packPath)
            let bytes = try Data(contentsOf: pack)
            try bytes.prefix(bytes.count / 2).write(to: pack)
            try site.append("\nEncore.\n", to: "editions/01-lancement.md")
        }
    }

    @Test func aParseCacheWithAFlippedByteIsNotTrusted() throws {
        try expectSameAsClean { site in
            let pack = URL(fileURLWithPath: site.cache.packPath)
            var bytes = try Data(contentsOf: pack)
            bytes[bytes.count - 10] ^= 0x20
            try bytes.write(to: pack)
            try FileManager.default.removeItem(at: URL(fileURLWithPath: site.cache.manifestPath))
        }
    }

    @Test func aMissingCacheMeansAFullBuild() throws {
        try expectSameAsClean { site in
            try FileManager.default.removeItem(at: site.cache.directory)
            try site.append("\nEncore.\n", to: "news/2013-10-ouverture.md")
        }
    }

    @Test func aFailedBuildLeavesTheOutputAndTheNextBuildIsRight() throws {
        try expectSameAsClean { site in
            let file = site.content.appendingPathComponent("editions/02-referencement.md")
            try site.replace("date: 2011-11-10", with: "date: pas une date", in: file)
            #expect(!site.build().succeeded)
            try site.replace("date: pas une date", with: "date: 2011-11-17", in: file)
        }
    }

    @Test func anEditKeepingSizeAndModificationTimeIsNoticed() throws {
        try expectSameAsClean { site in
            let file = site.content.appendingPathComponent("editions/02-referencement.md")
            let modified = try #require(FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
            // The same size: the last lowercase ASCII letter (in the body) in upper case.
            var bytes = Array(try Data(contentsOf: file))
            let index = try #require(bytes.lastIndex { $0 >= 0x61 && $0 <= 0x7A })
            bytes[index] -= 0x20
            try Data(bytes).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        }
    }

    /// Every page rendered again (a template changed) while a body in the pack is damaged: the
    /// pack's stamp is no longer the one the manifest recorded, so its records are checked.
    @Test func aDamagedBodyInTheParseCacheIsNotShown() throws {
        try expectSameAsClean { site in
            let pack = URL(fileURLWithPath: site.cache.packPath)
            var bytes = Array(try Data(contentsOf: pack))
            // The last "</p>" of the pack is in a body's HTML (the plain text has no markup).
            let closing = Array("</p>".utf8)
            let start = try #require((0...(bytes.count - closing.count)).last { bytes[$0..<$0 + closing.count].elementsEqual(closing) })
            bytes[start + 2] = UInt8(ascii: "q")
            try Data(bytes).write(to: pack)
            try site.append("\n<!-- changé -->\n", to: "../theme/templates/edition.mustache")
        }
    }

    @Test func aTouchedButUnchangedOutputFileIsRecordedAgain() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let page = site.output.appendingPathComponent("editions/2/index.html")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)],
                                              ofItemAtPath: page.path)
        let repaired = site.build()
        #expect(repaired.succeeded)
        #expect(repaired.writtenCount == 0)
        let manifest = try #require(FileStamp(path: site.cache.manifestPath))
        let again = site.build()
        #expect(again.writtenCount == 0)
        // Nothing to do: the manifest was not written again.
        #expect(FileStamp(path: site.cache.manifestPath) == manifest)
    }

    @Test func aGarbledManifestOrPackNeverCrashes() throws {
        for damage in [Data(repeating: 0xFF, count: 64), Data(repeating: 0, count: 4096), Data((0..<5000).map { UInt8($0 % 251) })] {
            try expectSameAsClean { site in
                try site.append("\nEncore.\n", to: "editions/01-lancement.md")
                try damage.write(to: URL(fileURLWithPath: site.cache.packPath))
            }
            try expectSameAsClean { site in
                try damage.write(to: URL(fileURLWithPath: site.cache.manifestPath))
            }
        }
    }
}
