import Foundation
import Testing
@testable import SiteBuild
import SiteModel
import TestSupport

/// The default theme ships inside kerne: `EmbeddedTheme+Files.swift` is themes/default, and a
/// site without `themes/` is built with it.
@Suite struct EmbeddedThemeTests {
    @Test func theGeneratedFileIsThemesDefault() throws {
        let root = FixturePaths.defaultTheme
        var onDisk: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            onDisk[String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedTheme.files.map { ($0.path, Data($0.content.bytes)) })
        #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "run tools/embed-theme.py")
        for (path, data) in onDisk {
            #expect(embedded[path] == data, "\(path) differs: run tools/embed-theme.py")
        }
    }

    @Test func aSiteWithoutThemesIsBuiltWithTheEmbeddedTheme() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let content = FixturePaths.site("site-basic").appendingPathComponent("content")
        let now = EventDate(year: 2026, month: 11, day: 23)
        let withFolder = temporary.appendingPathComponent("with-folder")
        let without = temporary.appendingPathComponent("without")
        let first = SiteBuilder(options: BuildOptions(contentDirectory: content, themeDirectory: FixturePaths.defaultTheme,
                                                      outputDirectory: withFolder, now: now)).build()
        // No --theme, and no themes/ in the site's folder.
        let second = SiteBuilder(options: BuildOptions(contentDirectory: content, outputDirectory: without, now: now),
                                 displayBase: temporary).build()
        #expect(first.succeeded && second.succeeded, "\(second.errors)")
        let expected = FolderContents.read(withFolder)
        #expect(!expected.isEmpty)
        #expect(FolderContents.read(without) == expected)

        // A theme asked for with --theme must exist.
        let missing = SiteBuilder(options: BuildOptions(contentDirectory: content,
                                                        themeDirectory: temporary.appendingPathComponent("themes/default"),
                                                        outputDirectory: temporary.appendingPathComponent("third"), now: now),
                                  displayBase: temporary).build()
        #expect(missing.errors == ["themes/default: error: theme folder not found"])
    }
}
