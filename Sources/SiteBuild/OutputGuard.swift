import Foundation

/// Refuses output folders whose replacement would destroy something that is not a generated site.
struct OutputGuard {
    let options: BuildOptions

    func check() throws(BuildError) {
        let output = canonical(options.outputDirectory)
        let home = canonical(URL(fileURLWithPath: NSHomeDirectory()))
        let current = canonical(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        var protected = [canonical(options.contentDirectory), current, home]
        if let theme = options.themeDirectory { protected.append(canonical(theme)) }
        if output == "/" || protected.contains(where: { $0 == output || $0.hasPrefix(output + "/") }) {
            throw BuildError("refusing to use '\(options.outputDirectory.path)' as the output folder: it is, or contains, the root, the home folder, the current folder, the content or the theme")
        }
        let manager = FileManager.default
        if FileSystem.isDirectory(options.outputDirectory),
           !manager.fileExists(atPath: options.outputDirectory.appendingPathComponent(OutputWriter.markerName).path),
           let entries = try? manager.contentsOfDirectory(atPath: options.outputDirectory.path), !entries.isEmpty {
            throw BuildError("refusing to replace '\(options.outputDirectory.path)': it is not empty and was not made by kerne (no \(OutputWriter.markerName) inside); empty it or choose another --output")
        }
    }

    private func canonical(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
