import Foundation
@testable import SiteRender
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
        return Theme(templates: templates, assets: ["style.css": [UInt8](css)])
    }
}
