import Foundation
import FuzzSupport
import SiteModel

/// Slugs become folder names: lowercase ASCII letters and digits joined by single dashes, and
/// making a slug of a slug changes nothing.
enum SlugProperties {
    static func check(_ bytes: [UInt8]) {
        let slug = Slug.make(Fuzz.text(bytes))
        Fuzz.require(slug.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D },
                     "slug with a forbidden character: \(slug.debugDescription)")
        Fuzz.require(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"), "badly dashed slug \(slug)")
        Fuzz.require(Slug.make(slug) == slug, "slug not stable: \(slug)")
    }
}

#if KERNE_FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    SlugProperties.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#else
@main enum Replay {
    static func main() { exit(Fuzz.replay(CommandLine.arguments.dropFirst(), SlugProperties.check)) }
}
#endif
