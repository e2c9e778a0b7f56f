import CVipsShim
import Foundation

/// libvips, started once for the process.
enum Vips {
    /// nil once started; the reason otherwise.
    private static let startFailure: String? = kerne_vips_start() == 0 ? nil : takeError()

    static func ensureStarted() throws(ImageError) {
        if let startFailure { throw .libvips(file: "", message: "libvips did not start: \(startFailure)") }
    }

    /// The libvips version, e.g. "8.14.1".
    static let version = String(cString: kerne_vips_version())

    /// What names this libvips in cache keys ("libvips.so.42.16.1"), found without loading it.
    static let identity = String(cString: kerne_vips_identity())

    /// libvips' messages since the last call, trimmed; cleared afterwards.
    static func takeError() -> String {
        guard let text = kerne_vips_take_error() else { return "unknown libvips error" }
        defer { kerne_vips_free(text) }
        let message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        return message.isEmpty ? "unknown libvips error" : message
    }

    /// Copies a buffer libvips allocated, then frees it.
    static func takeBytes(_ pointer: UnsafeMutableRawPointer?, count: Int) -> [UInt8] {
        guard let pointer else { return [] }
        defer { kerne_vips_free(pointer) }
        return [UInt8](UnsafeRawBufferPointer(start: pointer, count: count))
    }
}
