import ContentHash

/// The file every output folder kerne writes holds, so that kerne never replaces a folder it did
/// not make; the manifest records it like the site's files, under a key of its own.
package enum OutputMarker {
    package static let name = ".kerne-output"
    package static let key = ContentDigest.of("kerne output marker")
}
