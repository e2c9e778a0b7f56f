import Foundation
import SiteModel

extension FileLoadContext {
    /// Everything of the context a file's parse result depends on (`ParseContext`). Keep in step
    /// with `FileLoadContext`'s fields. Each part is framed by its length.
    func parseContext(contentDirectory: URL) -> ParseContext {
        var identity = ""
        func add(_ part: String?) {
            guard let part else { return identity += "-;" }
            identity += "\(part.utf8.count):" + part + ";"
        }
        add(contentDirectory.standardizedFileURL.path)
        add(paths.basePrefix ?? "")
        add(language)
        add(timeZone.identifier)
        add(unsafeHTML ? "unsafe" : "safe")
        add("venues \(venues.count)")
        for key in ByteOrder.sorted(Array(venues.keys)) {
            guard let venue = venues[key] else { continue }
            add(key)
            for part in [venue.key, venue.name, venue.address, venue.url] { add(part) }
            add(venue.geo.map { "\($0.latitude.bitPattern) \($0.longitude.bitPattern)" })
        }
        add("declared \(declaredVenueKeys.count)")
        for key in ByteOrder.sorted(Array(declaredVenueKeys)) { add(key) }
        add("series \(series.count)")
        for one in series {
            for part in [one.key, one.name, one.folder, one.numbered ? "numbered" : "unnumbered", one.description, one.venue] {
                add(part)
            }
        }
        add("static \(staticFiles.count)")
        // Photos' sizes are read from their files: a changed image changes every parse result.
        for file in ByteOrder.sorted(Array(staticFiles)) {
            add(file)
            // `lstat`: `FileManager`'s attributes would look the owner up in /etc/passwd, file by file.
            var info = stat()
            if let folder = staticFolder, lstat(folder.appendingPathComponent(file).path, &info) == 0 {
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                add("\(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)")
            }
        }
        return ParseContext(identity: identity)
    }
}
