import Foundation
import SiteModel
import SiteRender
import SiteSource

/// The default theme, built into kerne (`EmbeddedTheme+Files.swift`, generated from
/// themes/default/): a site without a `themes/` folder is built with it, and a theme of the site
/// can extend it.
enum EmbeddedTheme {
    /// The theme's name, as site.yml's `theme:` or a `theme.yml`'s `extends:` write it.
    static let name = "default"

    enum Content {
        case text(String)
        case base64(String)

        var bytes: [UInt8] {
            switch self {
            case .text(let text): Array(text.utf8)
            case .base64(let encoded): Data(base64Encoded: encoded).map { Array($0) } ?? []
            }
        }
    }

    /// The theme as the loader reads a folder: templates by name, assets by path under `assets/`,
    /// strings by language.
    /// Decoded once per process: `kerne serve` reads it at every rebuild.
    static let theme: Theme = {
        var templates: [String: String] = [:]
        var assets: [String: [UInt8]] = [:]
        var strings: [String: [String: InterfaceText]] = [:]
        for (path, content) in files {
            if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                let fileName = path.split(separator: "/").last.map(String.init) ?? path
                templates[String(fileName.dropLast(".mustache".count))] = String(decoding: content.bytes, as: UTF8.self)
            } else if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = content.bytes
            } else if path.hasPrefix("strings/"), path.hasSuffix(".yml"),
                      // The files are those of themes/default, which a test reads without error.
                      case .success(let entries) = InterfaceStringsFile.parse(String(decoding: content.bytes, as: UTF8.self)) {
                strings[String(path.dropFirst("strings/".count).dropLast(".yml".count))] = entries
            }
        }
        return Theme(templates: templates, assets: assets, strings: strings)
    }()
}
