import Foundation
import SiteModel
import SiteRender
import SiteSource

/// Reads a theme folder: `templates/**/*.mustache` (a template's name is its file name without
/// extension, so `templates/partials/edition-card.mustache` is the partial `edition-card`) and
/// `assets/**` and `strings/<language>.yml`.
///
/// A theme with a `theme.yml` saying `extends: <name>` inherits every template and asset of the
/// theme `<name>` and replaces only those it has itself (same template name, same asset path).
/// The parent is the folder `<name>` beside the theme, or else `<name>` in `fallbackThemes`
/// (kerne's own `themes/`), or else the default theme built into kerne. Parents may extend
/// further, up to `maximumDepth` themes.
struct ThemeLoader {
    static let maximumDepth = 8

    /// A theme of the chain: a folder, or the default theme built into kerne.
    enum Link {
        case folder(URL)
        case embedded
    }

    /// Where a parent theme is looked for when it is not beside the theme.
    var fallbackThemes: URL?
    /// The folder the built-in default theme stands in for when it does not exist
    /// (`themes/default` of a site that has no themes of its own); nil when a theme was asked for.
    var embeddedStandIn: URL?
    /// How error messages print a path.
    var displayPath: (URL) -> String = { $0.path }

    func load(from directory: URL) throws(BuildError) -> LoadedTheme {
        var merged = LoadedTheme(theme: Theme(templates: [:], assets: [:]), templateFiles: [:], directory: directory)
        for link in try chain(from: directory).reversed() {
            let own: LoadedTheme
            switch link {
            case .folder(let folder):
                own = try loadOne(folder)
                let manifest = try manifest(of: folder)
                if let widths = manifest.imageWidths { merged.theme.imageWidths = widths }
                if let sizes = manifest.imageSizes { merged.theme.imageSizes = sizes }
                if let sizes = manifest.gallerySizes { merged.theme.gallerySizes = sizes }
            case .embedded: own = LoadedTheme(theme: EmbeddedTheme.theme, templateFiles: [:], directory: directory)
            }
            merged.theme.templates.merge(own.theme.templates) { _, child in child }
            merged.theme.assets.merge(own.theme.assets) { _, child in child }
            for (language, entries) in own.theme.strings {
                merged.theme.strings[language, default: [:]].merge(entries) { _, child in child }
            }
            merged.templateFiles.merge(own.templateFiles) { _, child in child }
        }
        return merged
    }

    /// The theme, then its parent, then the parent's parent …
    func chain(from directory: URL) throws(BuildError) -> [Link] {
        var chain: [URL] = []
        var seen: [String] = []
        var current = directory
        while true {
            if current.standardizedFileURL.path == embeddedStandIn?.standardizedFileURL.path,
               !FileSystem.isDirectory(current) { return chain.map(Link.folder) + [.embedded] }
            guard FileSystem.isDirectory(current) else {
                throw BuildError("\(displayPath(current)): error: theme folder not found")
            }
            let canonical = current.standardizedFileURL.resolvingSymlinksInPath().path
            if seen.contains(canonical) {
                throw BuildError("\(displayPath(current.appendingPathComponent(ThemeManifest.fileName))): error: "
                                 + "themes extend each other in a loop: "
                                 + (chain + [current]).map { $0.lastPathComponent }.joined(separator: " → "))
            }
            guard chain.count < Self.maximumDepth else {
                throw BuildError("\(displayPath(directory)): error: more than \(Self.maximumDepth) themes extend each other")
            }
            seen.append(canonical)
            chain.append(current)
            guard let parentName = try manifest(of: current).extends else { return chain.map(Link.folder) }
            guard let parent = try parent(named: parentName, of: current) else { return chain.map(Link.folder) + [.embedded] }
            current = parent
        }
    }

    private func manifest(of directory: URL) throws(BuildError) -> ThemeManifest {
        let url = directory.appendingPathComponent(ThemeManifest.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return ThemeManifest() }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw BuildError("\(displayPath(url)): error: not readable UTF-8 text")
        }
        switch ThemeManifest.parse(text) {
        case .success(let manifest): return manifest
        case .failure(let error):
            throw BuildError("\(displayPath(url)):\(error.line):\(error.column): error: \(error.message)")
        }
    }

    /// The parent's folder, or nil for the built-in default theme.
    private func parent(named name: String, of directory: URL) throws(BuildError) -> URL? {
        let beside = directory.deletingLastPathComponent().appendingPathComponent(name)
        if FileSystem.isDirectory(beside) { return beside }
        if let fallback = fallbackThemes?.appendingPathComponent(name), FileSystem.isDirectory(fallback) { return fallback }
        if name == EmbeddedTheme.name { return nil }
        let places = [beside] + (fallbackThemes.map { [$0.appendingPathComponent(name)] } ?? [])
        throw BuildError("\(displayPath(directory.appendingPathComponent(ThemeManifest.fileName))): error: "
                         + "the theme '\(name)' it extends is not found (looked for "
                         + places.map(displayPath).joined(separator: " and ") + ")")
    }

    /// One folder's own templates and assets. Only a theme that extends nothing must have templates/.
    private func loadOne(_ directory: URL) throws(BuildError) -> LoadedTheme {
        let templatesDirectory = directory.appendingPathComponent("templates")
        let extends = try manifest(of: directory).extends
        guard FileSystem.isDirectory(templatesDirectory) || extends != nil else {
            throw BuildError("\(displayPath(directory)): error: theme folder has no templates/ folder")
        }
        var templates: [String: String] = [:]
        var files: [String: URL] = [:]
        for relative in FileSystem.regularFiles(under: templatesDirectory) where relative.hasSuffix(".mustache") {
            let fileName = relative.split(separator: "/").last.map(String.init) ?? relative
            let name = String(fileName.dropLast(".mustache".count))
            let url = templatesDirectory.appendingPathComponent(relative)
            guard let bytes = FileBytes.read(url.path), let text = String(validating: bytes, as: UTF8.self) else {
                throw BuildError("\(displayPath(url)): error: template is not readable UTF-8 text")
            }
            if templates[name] != nil {
                throw BuildError("\(displayPath(url)): error: two templates are named '\(name)'")
            }
            templates[name] = text
            files[name] = url
        }
        var assets: [String: [UInt8]] = [:]
        let assetsDirectory = directory.appendingPathComponent("assets")
        for relative in FileSystem.regularFiles(under: assetsDirectory) {
            let url = assetsDirectory.appendingPathComponent(relative)
            guard let bytes = FileBytes.read(url.path) else {
                throw BuildError("\(displayPath(url)): error: asset is not readable")
            }
            assets[relative] = bytes
        }
        let strings = try strings(in: directory.appendingPathComponent("strings"))
        return LoadedTheme(theme: Theme(templates: templates, assets: assets, strings: strings), templateFiles: files, directory: directory)
    }

    /// `strings/<language>.yml`: the interface's words, by language.
    private func strings(in folder: URL) throws(BuildError) -> [String: [String: InterfaceText]] {
        var strings: [String: [String: InterfaceText]] = [:]
        var problems: [String] = []
        for relative in FileSystem.regularFiles(under: folder) where relative.hasSuffix(".yml") && !relative.contains("/") {
            let url = folder.appendingPathComponent(relative)
            guard let bytes = FileBytes.read(url.path), let text = String(validating: bytes, as: UTF8.self) else {
                problems.append("\(displayPath(url)): error: strings file is not readable UTF-8 text")
                continue
            }
            switch InterfaceStringsFile.parse(text) {
            case .success(let entries): strings[String(relative.dropLast(".yml".count))] = entries
            case .failure(let found):
                problems += found.list.map { "\(displayPath(url)):\($0.line):\($0.column): error: \($0.message)" }
            }
        }
        guard problems.isEmpty else { throw BuildError(problems.joined(separator: "\n")) }
        return strings
    }
}
