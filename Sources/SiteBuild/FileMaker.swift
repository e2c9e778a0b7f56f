import Foundation
import IncrementalBuild
import SiteRender
import SiteSource

/// Makes the bytes of a planned file (renders it, or reads a static file) and scans pages for
/// links that lead nowhere as they come, so that no page has to be kept in memory for the check.
struct FileMaker: Sendable {
    let links: LinkChecker?

    func make(_ file: PlannedFile) throws(BuildError) -> (bytes: [UInt8], broken: BrokenReferences?) {
        switch file.source {
        case .job(let job):
            let bytes = job.render().contents
            let broken = file.path.hasSuffix(".html") ? links?.brokenReferences(inPage: bytes, at: file.path) : nil
            return (bytes, broken)
        case .copy(let url):
            guard let bytes = FileBytes.read(url.path) else {
                throw BuildError("cannot read '\(url.path)': \(FileBytes.lastError())")
            }
            return (bytes, nil)
        case .bytes(let bytes):
            return (bytes, nil)
        case .kept:
            // A rebuild keeps a file only when nothing calls for making it again.
            throw BuildError("internal error: '\(file.path)' was kept from the last build, not planned; run 'kerne build --no-cache'")
        }
    }
}
