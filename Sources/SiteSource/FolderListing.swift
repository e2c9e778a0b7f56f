#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder's names as `readdir` gives them, with the type the listing tells (`DT_REG`,
/// `DT_DIR`, `DT_LNK`, `DT_UNKNOWN` …): cheaper than `FileManager`, and the type often saves
/// an `lstat`.
package enum FolderListing {
    /// "." and ".." left out, in no particular order; nil when the folder cannot be read.
    package static func names(in folder: String) -> [(name: String, type: UInt8)]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var names: [(name: String, type: UInt8)] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != ".", name != ".." { names.append((name, entry.pointee.d_type)) }
        }
        return names
    }
}
