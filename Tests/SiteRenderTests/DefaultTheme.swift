import Foundation
import SiteModel
@testable import SiteRender
import SiteSource
import TestSupport

/// The repository's `themes/default`, read the way SiteBuild reads it (partials by file name).
enum DefaultTheme {
    static let folder = Repository.defaultTheme

    static func load() throws -> Theme {
        var templates: [String: String] = [:]
        let root = folder.appendingPathComponent("templates")
        for relative in try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted()
        where relative.hasSuffix(".mustache") {
            let name = String((relative.split(separator: "/").last ?? "").dropLast(".mustache".count))
            templates[name] = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
        }
        let css = try Data(contentsOf: folder.appendingPathComponent("assets/style.css"))
        return Theme(templates: templates, assets: ["style.css": [UInt8](css)], strings: try strings())
    }

    /// `strings/*.yml` of the default theme, by language.
    static func strings() throws -> [String: [String: InterfaceText]] {
        let root = folder.appendingPathComponent("strings")
        var strings: [String: [String: InterfaceText]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: root.path) where name.hasSuffix(".yml") {
            let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            strings[String(name.dropLast(".yml".count))] = try InterfaceStringsFile.parse(text).get()
        }
        return strings
    }

    /// The default theme's words in `language`, as a build gives them to the renderers.
    static func words(_ language: String) -> InterfaceWords {
        (try? strings()).flatMap { ThemeWords.words(from: $0, language: language) } ?? InterfaceWords()
    }
}

extension SiteConfig {
    /// The config with the default theme's words in its language, as a build sets them.
    func withDefaultWords() -> SiteConfig {
        var config = self
        config.words = DefaultTheme.words(config.language)
        return config
    }
}
