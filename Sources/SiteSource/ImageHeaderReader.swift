import Concurrency
import Foundation
import ImageHeaders

/// The headers of the image files of one build, each file read once whoever asks: the loader
/// checks an edition's `photos:` entry, the build then sizes the images it publishes as they are.
/// One per build (files change between builds); safe to share between threads.
package final class ImageHeaderReader: Sendable {
    /// What one file's bytes say.
    package struct FileHeader: Sendable {
        /// The whole file checked (`ImageHeader.inspect`); nil when it cannot be read.
        package var checked: Result<ImageHeader, ImageProblem>?
        /// The size the header declares, even when the rest of the file is damaged.
        package var declaredSize: ImageSize?
    }

    private let headers = Memo<String, FileHeader>()

    package init() {}

    /// The file at `url`, shown in messages as `fileName` (its site path, `/photos/a.jpg`).
    package func header(of url: URL, fileName: String) -> FileHeader {
        headers.value(for: url.standardizedFileURL.path) {
            guard let bytes = FileBytes.read(url.path) else { return FileHeader(checked: nil, declaredSize: nil) }
            let checked = Result { () throws(ImageProblem) in try ImageHeader.inspect(bytes, fileName: fileName) }
            return FileHeader(checked: checked, declaredSize: ImageSize.read(bytes))
        }
    }
}
