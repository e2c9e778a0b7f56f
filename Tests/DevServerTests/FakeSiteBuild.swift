import DevServer
import Foundation

/// Stands in for the real pipeline: "builds" `sources/page.txt` into a small site, and fails
/// with a diagnostic while that file contains BROKEN (then the site is left as it was).
struct FakeSiteBuild {
    let sources: URL
    let site: URL
    /// A file beside the site that no request may reach.
    let secret: URL

    static let problem = "content/editions/04.md:3:7: error: 'date' is not a date: <script>"

    func run() -> BuildOutcome {
        let text = (try? String(contentsOf: sources.appendingPathComponent("page.txt"), encoding: .utf8)) ?? ""
        if text.contains("BROKEN") { return BuildOutcome(succeeded: false, problems: Self.problem) }
        let page = "<!DOCTYPE html><html><body><p>\(text)</p>\(LiveReload.script)</body></html>"
        let files = [
            "index.html": page,
            "editions/4/index.html": "<p>edition 4</p>",
            "404.html": "<p>page introuvable</p>",
            "feed.xml": "<rss/>",
            "feed.json": "{}",
            "agenda.ics": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
            "assets/style.css": "body{}",
        ]
        let manager = FileManager.default
        for (path, contents) in files {
            let url = site.appendingPathComponent(path)
            try? manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(contents.utf8).write(to: url)
        }
        let link = site.appendingPathComponent("escape.txt")
        if !manager.fileExists(atPath: link.path) {
            try? manager.createSymbolicLink(atPath: link.path, withDestinationPath: secret.path)
        }
        return BuildOutcome(succeeded: true)
    }
}
