/// Content types of the files a generated site holds, by file extension.
public enum MIMEType {
    public static let fallback = "application/octet-stream"

    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "map": "application/json",
        "webmanifest": "application/manifest+json",
        "xml": "application/xml",
        "rss": "application/rss+xml",
        "atom": "application/atom+xml",
        "ics": "text/calendar; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "md": "text/plain; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "pdf": "application/pdf",
        "mp4": "video/mp4",
        "webm": "video/webm",
        "mp3": "audio/mpeg",
    ]

    /// Feeds whose extension alone (`.xml`, `.json`) would give a generic type.
    static let byFileName: [String: String] = [
        "feed.xml": "application/rss+xml",
        "rss.xml": "application/rss+xml",
        "atom.xml": "application/atom+xml",
        "feed.json": "application/feed+json",
    ]

    /// The type of the file at `path` (any `/`-separated path; only its last component counts).
    public static func forPath(_ path: String) -> String {
        let name = String(path.split(separator: "/").last ?? "").lowercased()
        if let type = byFileName[name] { return type }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return byExtension[String(name[name.index(after: dot)...])] ?? fallback
    }
}
