#if os(Linux)
import Foundation
import Glibc

/// The names of the files opened in some folders while it watches them (inotify's IN_OPEN):
/// whether a build read a file again or trusted what the last build recorded.
public final class OpenedFiles {
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]

    /// `folders`: paths relative to `root`, each watched on its own (inotify does not recurse).
    public init(_ folders: [String], under root: URL) throws {
        descriptor = inotify_init1(Int32(IN_NONBLOCK))
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        for folder in folders {
            let watch = inotify_add_watch(descriptor, root.appendingPathComponent(folder).path, UInt32(IN_OPEN))
            guard watch >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            self.folders[watch] = folder
        }
    }

    deinit { close(descriptor) }

    /// Every file opened since the last call, as `folder/name`, sorted, each once.
    public func drain() -> [String] {
        var opened = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            // struct inotify_event: wd, mask, cookie, len (4 bytes each), then len bytes of name.
            while offset + 16 <= count {
                let field = { (at: Int) in buffer[offset + at..<offset + at + 4].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) } }
                let watch = Int32(bitPattern: field(0)), length = Int(field(12))
                let name = String(decoding: buffer[offset + 16..<offset + 16 + length].prefix { $0 != 0 }, as: UTF8.self)
                if let folder = folders[watch], !name.isEmpty { opened.insert(folder + "/" + name) }
                offset += 16 + length
            }
        }
        return opened.sorted()
    }
}
#endif
