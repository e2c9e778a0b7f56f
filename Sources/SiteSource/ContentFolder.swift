import Concurrency
import Foundation
import SiteModel

/// Lists the content folder in byte order of names. Symbolic links are followed only while they
/// stay inside the content folder.
struct ContentFolder: Sendable {
    let root: URL
    private let canonicalRoot: String
    private let paths: DisplayPaths

    /// Nil when `root` is not an existing folder.
    init?(root: URL, paths: DisplayPaths) {
        guard let canonical = Self.canonicalPath(root.path) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: canonical, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        // Absolute, without a base URL: every URL made from a relative one works its path out
        // again each time it is asked, and the loader asks for thousands.
        self.root = root.absoluteURL
        self.canonicalRoot = canonical
        self.paths = paths
    }

    /// The entries of `directory`, sorted, without the names that are not content
    /// (`ContentNames`); links leading outside are refused. `atStaticRoot`: keeps `.well-known`.
    func entries(of directory: URL, atStaticRoot: Bool = false, diagnostics: inout [Diagnostic]) -> [ContentEntry] {
        guard let listed = FolderListing.names(in: directory.path) else {
            diagnostics.append(.error(at: location(directory), "cannot read the folder"))
            return []
        }
        let folder = directory.path
        let names = listed.filter { !ContentNames.isIgnored($0.name, atStaticRoot: atStaticRoot) }.sorted { ByteOrder.precedes($0.name, $1.name) }
        // The folder's listing says which names are plain files and folders; only the others
        // (links, and names of unknown type on some file systems) are looked at, on every core.
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        let found = ConcurrentMap.map(names) { name, type in
            var problems: [Diagnostic] = []
            let entry: ContentEntry?
            switch type {
            case UInt8(DT_REG): entry = ContentEntry(name: name, path: Self.join(folder, name), kind: .file)
            case UInt8(DT_DIR): entry = ContentEntry(name: name, path: Self.join(folder, name), kind: .directory)
            default: entry = self.entry(named: name, in: folder, descriptor: descriptor, diagnostics: &problems)
            }
            return (entry, problems)
        }
        diagnostics += found.flatMap(\.1)
        return found.compactMap(\.0)
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Every regular file under `directory`, as paths relative to it, sorted; with
    /// `publishesWellKnown` (for `static/`), `.well-known/` at its top is kept.
    func files(under directory: URL, publishesWellKnown: Bool = false, diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        // An explicit stack (no recursion); each folder remembers the real folders above it so that
        // a link back up is not followed forever.
        var pending: [(url: URL, relative: String, ancestors: [String])] = [(directory, "", [])]
        while let (url, relative, ancestors) = pending.popLast() {
            guard let canonical = Self.canonicalPath(url.path) else { continue }
            if ancestors.contains(canonical) {
                diagnostics.append(.warning(at: location(url), "symbolic link loop: not followed"))
                continue
            }
            let isRoot = relative.isEmpty && publishesWellKnown
            for entry in entries(of: url, atStaticRoot: isRoot, diagnostics: &diagnostics) {
                let path = relative + entry.name
                switch entry.kind {
                case .file: files.append(path)
                case .directory: pending.append((entry.url, path + "/", ancestors + [canonical]))
                }
            }
        }
        return ByteOrder.sorted(files)
    }

    /// `folder`: the path of the folder, and `descriptor` the folder opened (or -1), so that the
    /// folder's own path is not walked again for each name; URLs are made only for diagnostics
    /// (`appendingPathComponent` would ask the file system whether each name is a folder).
    private func entry(named name: String, in folder: String, descriptor: Int32,
                       diagnostics: inout [Diagnostic]) -> ContentEntry? {
        let path = Self.join(folder, name)
        var status = stat()
        let found = descriptor >= 0 ? fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) : lstat(path, &status)
        guard found == 0 else { return nil }
        if Self.isKind(status, S_IFLNK) {
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            guard let canonical = Self.canonicalPath(path), stat(canonical, &status) == 0 else {
                diagnostics.append(.error(at: location(URL(fileURLWithPath: path)), "broken symbolic link to '\(destination)'"))
                return nil
            }
            guard canonical == canonicalRoot || canonical.hasPrefix(canonicalRoot + "/") else {
                diagnostics.append(.error(at: location(URL(fileURLWithPath: path)),
                                          "symbolic link to '\(destination)' leads outside the content folder"))
                return nil
            }
        }
        if Self.isKind(status, S_IFDIR) { return ContentEntry(name: name, path: path, kind: .directory) }
        guard Self.isKind(status, S_IFREG) else {
            diagnostics.append(.warning(at: location(URL(fileURLWithPath: path)), "not a regular file: ignored"))
            return nil
        }
        return ContentEntry(name: name, path: path, kind: .file)
    }

    private static func isKind(_ status: stat, _ kind: mode_t) -> Bool {
        status.st_mode & S_IFMT == kind
    }

    private func location(_ url: URL) -> SourceLocation {
        SourceLocation(path: paths.path(for: url), line: 1, column: 1)
    }

    /// The absolute path with every symbolic link resolved, or nil when it does not exist.
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
