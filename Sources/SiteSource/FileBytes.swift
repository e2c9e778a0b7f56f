import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX reads and writes. Foundation's `Data.write(to:)` syncs every file to disk, which
/// was most of a build's time; the output is staged and swapped (or renamed into place) as a
/// whole anyway, so each file needs no such care.
package enum FileBytes {
    /// Creates `path` (which must not exist) with `bytes`.
    package static func create(_ path: String, _ bytes: [UInt8]) -> Bool {
        create(path, chunks: [bytes])
    }

    /// Creates `path` (which must not exist) with the chunks, one after the other.
    package static func create(_ path: String, chunks: [[UInt8]]) -> Bool {
        write(chunks, to: open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644))
    }

    /// Adds `bytes` at the end of `path`, creating it when missing.
    package static func append(_ path: String, _ bytes: [UInt8]) -> Bool {
        append(path, chunks: [bytes])
    }

    /// Adds the chunks at the end of `path`, creating it when missing.
    package static func append(_ path: String, chunks: [[UInt8]]) -> Bool {
        write(chunks, to: open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644))
    }

    private static func write(_ chunks: [[UInt8]], to descriptor: Int32) -> Bool {
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return chunks.allSatisfy { chunk in chunk.withUnsafeBytes { writeAll(descriptor, $0) } }
    }

    /// Replaces `path` through a temporary sibling and a rename, so readers see the old or the new bytes.
    package static func replace(_ path: String, _ bytes: [UInt8]) -> Bool {
        replace(path, chunks: [bytes])
    }

    package static func replace(_ path: String, chunks: [[UInt8]]) -> Bool {
        let temporary = path + ".kerne-tmp"
        unlink(temporary)
        guard create(temporary, chunks: chunks) else { return false }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The whole file, or nil when it cannot be read or is not a regular file. (Opened without
    /// waiting: opening a FIFO for reading would otherwise wait for a writer forever.)
    package static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        let ok = bytes.withUnsafeMutableBytes { buffer in
            transferAll(buffer.count) { offset, remaining in systemRead(descriptor, buffer.baseAddress! + offset, remaining) }
        }
        return ok ? bytes : nil
    }

    /// Whether the file at `path` holds exactly `bytes`; the size is checked before anything is read.
    package static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) == bytes.count else { return false }
        return read(path) == bytes
    }

    /// The system's reason for the last failure (« No space left on device »).
    package static func lastError() -> String {
        String(cString: strerror(errno))
    }

    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        transferAll(buffer.count) { offset, remaining in systemWrite(descriptor, buffer.baseAddress! + offset, remaining) }
    }

    /// Calls `transfer` (one read or write of up to `remaining` bytes at `offset`, returning how
    /// many it moved, or -1 with `errno`) until `count` bytes have moved, again after an
    /// interruption (EINTR); false when it fails or stops short (end of file, a full disk).
    private static func transferAll(_ count: Int, _ transfer: (_ offset: Int, _ remaining: Int) -> Int) -> Bool {
        var offset = 0
        while offset < count {
            let moved = transfer(offset, count - offset)
            if moved < 0, errno == EINTR { continue }
            if moved <= 0 { return false }
            offset += moved
        }
        return true
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
