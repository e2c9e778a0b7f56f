import Foundation
import ImageHeaders
@testable import SiteSource
import Testing

/// One reader per build: each file's header is read once, whoever asks (the loader's photo
/// check, the image step's sizes), and a file it could not read says so.
@Suite struct ImageHeaderReaderTests {
    @Test func readsEachFileOnce() throws {
        let temporary = try TemporaryContent([:])
        let folder = temporary.content
        let file = folder.appendingPathComponent("plan.png")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(contentsOf: Fixtures.root.appendingPathComponent("images/drawing.png")).write(to: file)
        let reader = ImageHeaderReader()
        let first = reader.header(of: file, fileName: "/plan.png")
        #expect(try first.checked?.get().size == ImageSize(width: 640, height: 400))
        #expect(first.declaredSize == ImageSize(width: 640, height: 400))
        // Replaced within the same build: the answer is the one already read.
        try Data(contentsOf: Fixtures.root.appendingPathComponent("images/truncated.jpg")).write(to: file)
        #expect(try reader.header(of: file, fileName: "/plan.png").checked?.get().size == ImageSize(width: 640, height: 400))
        // A new build reads it again, and the damage shows; the declared size stays readable.
        let again = ImageHeaderReader().header(of: file, fileName: "/plan.png")
        #expect(throws: ImageProblem.self) { try again.checked?.get() }
        #expect(again.declaredSize != nil)
        #expect(ImageHeaderReader().header(of: folder.appendingPathComponent("missing.png"), fileName: "/missing.png").checked == nil)
        withExtendedLifetime(temporary) {}
    }
}
