import Foundation
import FuzzSupport
import SiteModel
import SiteSource

/// The loader on one file: front matter splitting, the libyaml event check, Yams, every field
/// parser. Any bytes give diagnostics, never a crash, and every diagnostic points inside the file.
enum FrontMatterProperties {
    static func check(_ bytes: [UInt8]) {
        let diagnostics = InMemoryContent.diagnostics(forFile: bytes)
        let lines = bytes.reduce(1) { $1 == 10 || $1 == 13 ? $0 + 1 : $0 }
        for diagnostic in diagnostics {
            let location = diagnostic.location
            Fuzz.require(location.line >= 1 && location.column >= 1, "position \(location) before the file")
            Fuzz.require(location.line <= lines + 1, "line \(location.line) after the end (\(lines) lines): \(diagnostic)")
        }
    }
}

#if KERNE_FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FrontMatterProperties.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#else
@main enum Replay {
    static func main() { exit(Fuzz.replay(CommandLine.arguments.dropFirst(), FrontMatterProperties.check)) }
}
#endif
