import Foundation
import SiteRender

/// Reads a theme folder: `templates/**/*.mustache` (a template's name is its file name without
/// extension, so `templates/partials/edition-card.mustache` is the partial `edition-card`) and
/// `assets/**`.
enum ThemeLoader {
    static func load(from directory: URL) throws(BuildError) -> Theme {
        let templatesDirectory = directory.appendingPathComponent("templates")
        guard FileSystem.isDirectory(templatesDirectory) else {
            throw BuildError("theme folder '\(directory.path)' has no templates/ folder")
        }
        var templates: [String: String] = [:]
        for relative in FileSystem.regularFiles(under: templatesDirectory) where relative.hasSuffix(".mustache") {
            let name = String(relative.split(separator: "/").last!.dropLast(".mustache".count))
            let url = templatesDirectory.appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: url.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw BuildError("\(url.path): error: template is not readable UTF-8 text")
            }
            if templates[name] != nil {
                throw BuildError("\(url.path): error: two templates are named '\(name)'")
            }
            templates[name] = text
        }
        var assets: [String: [UInt8]] = [:]
        let assetsDirectory = directory.appendingPathComponent("assets")
        for relative in FileSystem.regularFiles(under: assetsDirectory) {
            let url = assetsDirectory.appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw BuildError("\(url.path): error: asset is not readable")
            }
            assets[relative] = [UInt8](data)
        }
        return Theme(templates: templates, assets: assets)
    }
}
