import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the file a safe request path names below the site root, with clean URLs:
/// `/editions/4/` is `editions/4/index.html`, `/editions/4` redirects there.
struct SiteFileLookup {
    enum Result: Equatable {
        case file(URL)
        /// To the same path with a trailing `/`.
        case redirect(location: String)
        case notFound
        /// The root folder does not exist: there has been no good build yet.
        case noSite
    }

    let root: URL

    func find(_ segments: [String], directory: Bool) -> Result {
        guard let rootPath = Self.realPath(root.path), Self.isDirectory(rootPath) else { return .noSite }
        // Hidden names are the builder's own (`.kerne-output`) or a dotfile; `.well-known` is public.
        if segments.contains(where: { $0.hasPrefix(".") && $0 != ".well-known" }) { return .notFound }
        let joined = segments.joined(separator: "/")
        let candidate = segments.isEmpty ? rootPath : rootPath + "/" + joined
        if directory || segments.isEmpty {
            return regularFile(candidate + "/index.html", inside: rootPath)
        }
        if Self.isDirectory(candidate) {
            guard case .file = regularFile(candidate + "/index.html", inside: rootPath) else { return .notFound }
            return .redirect(location: "/" + segments.map(Self.percentEncoded).joined(separator: "/") + "/")
        }
        return regularFile(candidate, inside: rootPath)
    }

    /// The 404 page of the site, when it has one.
    func notFoundPage() -> URL? {
        guard let rootPath = Self.realPath(root.path),
              case .file(let url) = regularFile(rootPath + "/404.html", inside: rootPath) else { return nil }
        return url
    }

    /// A regular file whose real path (symlinks resolved) is still below the root.
    private func regularFile(_ path: String, inside rootPath: String) -> Result {
        guard let real = Self.realPath(path), real.hasPrefix(rootPath + "/") else { return .notFound }
        var status = stat()
        guard stat(real, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .notFound }
        return .file(URL(fileURLWithPath: real))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    static func percentEncoded(_ segment: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }
}
