import Foundation
import TestSupport

/// A scratch site holding the benchmark corpus (`bench/generate_corpus.py`) of `editions`
/// editions, and a second version of its content (`content-b`) where every third edition has
/// one more sentence and the first a new title (which every list shows): building one after the
/// other rewrites hundreds of pages.
struct GeneratedSite {
    let site: ScratchSite

    init(editions: Int) throws {
        site = try ScratchSite(siteFile: nil)
        let corpus = site.url("corpus")
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", KerneProcess.repository.appendingPathComponent("bench/generate_corpus.py").path,
                               "\(editions)", corpus.path]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        guard generator.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        try FileManager.default.removeItem(at: site.content)
        try FileManager.default.moveItem(at: corpus.appendingPathComponent("kerne/content"), to: site.content)
        try FileManager.default.removeItem(at: corpus)
        let other = site.url("content-b")
        try FileManager.default.copyItem(at: site.content, to: other)
        let editionsFolder = other.appendingPathComponent("editions")
        let names = try FileManager.default.contentsOfDirectory(atPath: editionsFolder.path).sorted()
        for (index, name) in names.enumerated() where index % 3 == 0 {
            let url = editionsFolder.appendingPathComponent(name)
            var text = try String(contentsOf: url, encoding: .utf8)
            if index == 0, let title = text.range(of: "\ntitle: \"") {
                text.replaceSubrange(title, with: "\ntitle: \"Nouveau titre, ")
            }
            try (text + "\nUne phrase de plus.\n").write(to: url, atomically: false, encoding: .utf8)
        }
    }

    /// Exchanges `content` and `content-b`: the next build makes the other site.
    func switchContent() throws {
        let manager = FileManager.default
        try manager.moveItem(at: site.content, to: site.url("content-swap"))
        try manager.moveItem(at: site.url("content-b"), to: site.content)
        try manager.moveItem(at: site.url("content-swap"), to: site.url("content-b"))
    }

    /// What a build may leave beside the output: nothing but the spare it keeps on purpose.
    func leftovers() throws -> [String] {
        try site.entries().filter { !["content", "content-b", "themes", "out", ".out.kerne-spare"].contains($0) && !$0.hasPrefix("expected") }
    }

    /// Files inside the output that only an interrupted write would leave.
    func temporaryFiles(in folder: String = "out") -> [String] {
        (FileManager.default.enumerator(atPath: site.url(folder).path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".kerne-tmp") }
    }
}
