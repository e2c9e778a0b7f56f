import Foundation

extension FileLoadContext {
    /// Everything of the context a file's parse result depends on, as one digest; a cached parse
    /// result is valid only under the same digest. Keep in step with `FileLoadContext`'s fields.
    func digest(contentDirectory: URL, salt: ContentDigest) -> ContentDigest {
        var hasher = DigestHasher()
        hasher.add(salt)
        hasher.add(contentDirectory.standardizedFileURL.path)
        hasher.add(paths.basePrefix ?? "")
        hasher.add(language)
        hasher.add(timeZone.identifier)
        hasher.add(unsafeHTML ? 1 : 0)
        for key in ByteOrder.sorted(Array(venues.keys)) {
            hasher.add(key)
            hasher.add(bytes: (try? CacheEncoder.encode(venues[key])) ?? [])
        }
        hasher.add(UInt64(declaredVenueKeys.count))
        for key in ByteOrder.sorted(Array(declaredVenueKeys)) { hasher.add(key) }
        hasher.add(UInt64(staticFiles.count))
        // Photos' sizes are read from their files: a changed image changes every parse result.
        for file in ByteOrder.sorted(Array(staticFiles)) {
            hasher.add(file)
            // `lstat`: `FileManager`'s attributes would look the owner up in /etc/passwd, file by file.
            var info = stat()
            if let folder = staticFolder, lstat(folder.appendingPathComponent(file).path, &info) == 0 {
                hasher.add(UInt64(info.st_size))
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                hasher.add(UInt64(bitPattern: Int64(modified.tv_sec) &* 1_000_000_000 &+ Int64(modified.tv_nsec)))
            }
        }
        return hasher.finish()
    }
}
