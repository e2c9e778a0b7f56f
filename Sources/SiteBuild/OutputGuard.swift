import Foundation

/// Refuses output folders whose replacement would destroy something that is not a generated site.
struct OutputGuard {
    let options: BuildOptions
    /// Where the default theme folder (`themes/`) is looked for.
    var displayBase = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

    func check() throws(BuildError) {
        let output = canonical(options.outputDirectory)
        let shown = options.outputDirectory.path
        let content = canonical(options.contentDirectory)
        let theme = canonical(options.themeDirectory ?? displayBase.appendingPathComponent("themes"))
        let current = canonical(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let homes = [ProcessInfo.processInfo.environment["HOME"], NSHomeDirectory()]
            .compactMap { $0 }.filter { !$0.isEmpty }.map { canonical(URL(fileURLWithPath: $0)) }
        let protected = [content, theme, current] + homes
        if output == "/" || protected.contains(where: { $0 == output || $0.hasPrefix(output + "/") }) {
            throw BuildError("refusing to use '\(shown)' as the output folder: it is, or contains, the root, the home folder, the current folder, the content or the theme")
        }
        if [content, theme].contains(where: { output.hasPrefix($0 + "/") }) {
            throw BuildError("refusing to use '\(shown)' as the output folder: it is inside the content or the theme folder, which the next build would read")
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: shown, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw BuildError("refusing to replace '\(shown)': it is a file, not a folder")
        }
        if !options.replaceForeignOutput,
           !manager.fileExists(atPath: options.outputDirectory.appendingPathComponent(OutputWriter.markerName).path),
           let entries = try? manager.contentsOfDirectory(atPath: shown), !entries.isEmpty {
            throw BuildError("refusing to replace '\(shown)': it is not empty and was not made by kerne (no \(OutputWriter.markerName) inside); empty it, choose another --output, or replace it with --force")
        }
    }

    /// The absolute path with symbolic links resolved as far as the path exists.
    private func canonical(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
