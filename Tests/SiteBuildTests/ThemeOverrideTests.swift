import Foundation
import Testing
import SiteModel
import SiteRender
@testable import SiteBuild

/// A theme with `extends: default` in its theme.yml replaces only the templates and assets it has.
@Suite struct ThemeOverrideTests {
    static let customTheme = FixturePaths.site("theme-override").appendingPathComponent("themes/custom")

    @Test func fixtureThemeReplacesOneTemplateAndKeepsEveryOther() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let output = temporary.appendingPathComponent("output")
        let options = BuildOptions(contentDirectory: FixturePaths.site("site-basic").appendingPathComponent("content"),
                                   themeDirectory: Self.customTheme, outputDirectory: output, now: EndToEndTests.now)
        // The default theme is not beside `custom`: it is found in the repository's themes/.
        let report = SiteBuilder(options: options, displayBase: FixturePaths.repository).build()
        #expect(report.succeeded, "\(report.errors)")

        let notFound = try String(contentsOf: output.appendingPathComponent("404.html"), encoding: .utf8)
        #expect(notFound.contains("<h1>Perdu ?</h1>"))
        #expect(notFound.contains("<a class=\"skip-link\""), "the layout still comes from the default theme")
        // strings/fr.yml of the theme replaces one word; the others are the default theme's.
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("<h2 id=\"prochaine\">Prochaine rencontre</h2>"))
        #expect(home.contains(">Toutes les éditions →<"))
        let news = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(news.contains("news-card--custom"))
        #expect(news.contains("Publié le"))

        // Pages that use no replaced template are the golden ones, plus the theme's extra stylesheet.
        let golden = FixturePaths.site("site-basic").appendingPathComponent("expected/editions/2/index.html")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let edition = try String(contentsOf: output.appendingPathComponent("editions/2/index.html"), encoding: .utf8)
        let extraLink = try #require(edition.split(separator: "\n").first { $0.contains("assets/extra.") })
        #expect(extraLink.hasPrefix("<link rel=\"stylesheet\" href=\"/assets/extra."))
        #expect(edition.replacingOccurrences(of: extraLink + "\n", with: "") == expected)
        let assets = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("assets").path)
        #expect(assets.count == 2 && assets.contains { $0.hasPrefix("style.") } && assets.contains { $0.hasPrefix("extra.") })
    }

    @Test func readsTheImageWidths() {
        #expect(ThemeManifest.parse("extends: default\nimage_widths: 400, 800 1200\n")
                == .success(ThemeManifest(extends: "default", imageWidths: [400, 800, 1200])))
        #expect(ThemeManifest.parse("image_widths: 400 large") == .failure(.init(line: 1, column: 15,
                message: "'image_widths' must be given once, as widths in pixels such as '480 960 1600'")))
    }

    @Test func readsTheManifest() {
        #expect(ThemeManifest.parse("extends: default\n") == .success(ThemeManifest(extends: "default")))
        #expect(ThemeManifest.parse("# comment\r\nextends: \"breizh-2024\"  # parent\r\n\n")
                == .success(ThemeManifest(extends: "breizh-2024")))
        #expect(ThemeManifest.parse("") == .success(ThemeManifest()))
        #expect(ThemeManifest.parse("extend: default") == .failure(.init(line: 1, column: 1,
                message: "unknown key 'extend'; the keys are 'extends', 'image_widths', 'image_sizes', 'gallery_sizes'")))
        #expect(ThemeManifest.parse("\nextends:   ../default") == .failure(.init(line: 2, column: 12,
                message: "'extends' must be the name of a theme folder, such as 'default', not '../default'")))
        #expect(ThemeManifest.parse("extends: a\nextends: b") == .failure(.init(line: 2, column: 1, message: "'extends' is given twice")))
        #expect(ThemeManifest.parse("default") == .failure(.init(line: 1, column: 1, message: "expected 'extends: <theme name>'")))
    }

    @Test func parentsAreFoundBesideTheThemeAndChainsMerge() throws {
        let themes = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: themes) }
        try write(themes, "base/templates/layout.mustache", "base layout")
        try write(themes, "base/templates/partials/card.mustache", "base card")
        try write(themes, "base/assets/style.css", "base css")
        try write(themes, "middle/theme.yml", "extends: base")
        try write(themes, "middle/templates/partials/card.mustache", "middle card")
        try write(themes, "top/theme.yml", "extends: middle")
        try write(themes, "top/assets/style.css", "top css")

        let loaded = try ThemeLoader().load(from: themes.appendingPathComponent("top"))
        #expect(loaded.theme.templates == ["layout": "base layout", "card": "middle card"])
        #expect(loaded.theme.assets == ["style.css": Array("top css".utf8)])
        #expect(loaded.templateFiles["card"]?.path.hasSuffix("middle/templates/partials/card.mustache") == true)
    }

    @Test func reportsLoopsAndMissingParents() throws {
        let themes = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: themes) }
        try write(themes, "a/theme.yml", "extends: b")
        try write(themes, "b/theme.yml", "extends: a")
        try write(themes, "lonely/theme.yml", "extends: nowhere")
        let loader = ThemeLoader(fallbackThemes: themes.appendingPathComponent("shared"),
                                 displayPath: { String($0.path.dropFirst(themes.path.count + 1)) })
        let loop = #expect(throws: BuildError.self) { try loader.load(from: themes.appendingPathComponent("a")) }
        #expect(loop?.description == "a/theme.yml: error: themes extend each other in a loop: a → b → a")
        let missing = #expect(throws: BuildError.self) { try loader.load(from: themes.appendingPathComponent("lonely")) }
        #expect(missing?.description == "lonely/theme.yml: error: the theme 'nowhere' it extends is not found "
                + "(looked for nowhere and shared/nowhere)")
    }

    @Test func templateErrorsNameTheFileTheTemplateCameFrom() throws {
        let site = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.copyItem(at: FixturePaths.site("site-basic").appendingPathComponent("content"),
                                         to: site.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: FixturePaths.defaultTheme, to: site.appendingPathComponent("themes/default"))
        try write(site, "themes/default/templates/partials/news-card.mustache", "{{#broken}}")
        try write(site, "themes/mine/theme.yml", "extends: default")
        try FileManager.default.removeItem(at: site.appendingPathComponent("themes/default/templates/tag.mustache"))
        let options = BuildOptions(contentDirectory: site.appendingPathComponent("content"),
                                   themeDirectory: site.appendingPathComponent("themes/mine"),
                                   outputDirectory: site.appendingPathComponent("output"), now: EndToEndTests.now)
        let report = SiteBuilder(options: options, displayBase: site).build()
        #expect(report.errors.count == 1)
        let lines = report.errors.first?.split(separator: "\n").map(String.init) ?? []
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("themes/default/templates/partials/news-card.mustache:1:") == true)
        #expect(lines.last == "themes/mine/templates/tag.mustache:1:1: error: the theme has no template 'tag'")
    }

    private func write(_ base: URL, _ path: String, _ text: String) throws {
        let url = base.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// `image_sizes` and `gallery_sizes` of theme.yml: the `sizes` the theme's stylesheet implies.
@Suite struct ThemeImageSizesTests {
    @Test func readsTheSizes() {
        #expect(ThemeManifest.parse("image_sizes: (min-width: 50rem) 46rem, 100vw\ngallery_sizes: \"50vw\"  # two columns\n")
                == .success(ThemeManifest(imageSizes: "(min-width: 50rem) 46rem, 100vw", gallerySizes: "50vw")))
        let message = "'image_sizes' must be the value of an <img> 'sizes' attribute, such as "
            + "'(min-width: 50rem) 46rem, 100vw', without quotes, '<', '>' or '&'"
        #expect(ThemeManifest.parse("image_sizes: 100vw\" onload=\"x") == .failure(.init(line: 1, column: 14, message: message)))
        #expect(ThemeManifest.parse("image_sizes:") == .failure(.init(line: 1, column: 13, message: message)))
        #expect(ThemeManifest.parse("gallery_sizes: 50vw\ngallery_sizes: 100vw")
                == .failure(.init(line: 2, column: 1, message: "'gallery_sizes' is given twice")))
    }

    /// A theme that extends the default one and says only how wide its images are shown.
    @Test func theSizesReachThePages() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let theme = temporary.appendingPathComponent("themes/wide")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try Data("extends: default\nimage_sizes: (min-width: 60rem) 56rem, 100vw\ngallery_sizes: (min-width: 40rem) 33vw, 100vw\n".utf8)
            .write(to: theme.appendingPathComponent("theme.yml"))
        let root = FixturePaths.site("site-photos")
        var options = BuildOptions(contentDirectory: root.appendingPathComponent("content"), themeDirectory: theme,
                                   outputDirectory: temporary.appendingPathComponent("output"), now: PhotoSiteTests.now)
        options.cacheRoot = temporary.appendingPathComponent("cache")
        let fallback = ThemeLoader(fallbackThemes: FixturePaths.defaultTheme.deletingLastPathComponent())
        #expect(try fallback.load(from: theme).theme.imageSizes == "(min-width: 60rem) 56rem, 100vw")
        try FileManager.default.createSymbolicLink(at: temporary.appendingPathComponent("themes/default"),
                                                   withDestinationURL: FixturePaths.defaultTheme)
        let report = SiteBuilder(options: options, displayBase: root).build()
        #expect(report.succeeded, "\(report.diagnostics) \(report.errors)")
        let page = try String(contentsOf: temporary.appendingPathComponent("output/editions/1/index.html"), encoding: .utf8)
        #expect(page.contains("<img src=\"/photos/salle.jpg\" srcset=\"/photos/salle-480.jpg 480w, /photos/salle.jpg 600w\" "
                              + "sizes=\"(min-width: 60rem) 56rem, 100vw\" width=\"600\""))
        #expect(page.components(separatedBy: "sizes=\"(min-width: 40rem) 33vw, 100vw\"").count == 5, "2 photos, <source> and <img> each")
        #expect(!page.contains(Theme.defaultGallerySizes) && !page.contains(Theme.defaultImageSizes))
    }
}
