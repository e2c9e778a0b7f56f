import Foundation
import SiteModel
@testable import SiteSource
import Testing
import TestSupport

/// Mutated edition files must give diagnostics, never a crash. Seeded, so failures reproduce.
@Suite("robustness")
struct RobustnessTests {
    static let valid = Array("""
        ---
        edition: 1
        title: "Premier: l'apéro"
        date: 2011-02-23T19:00+01:00
        end: 2011-02-23
        venue: {name: Bar, geo: [47.9, -4.1]}
        speakers:
          - name: Ronan
            url: https://example.org
        tags: [a, 'b', "c"]
        photos:
          - src: /a.jpg
            alt: |
              Une photo
        status: postponed
        ---
        Body *here*.

        """.utf8)
    static let alphabet = Array("-:[]{}&*!|>'\"#,?\n \t%@`~\\\u{0}é\r".utf8) + [0xFF, 0xC3]

    @Test func mutatedFilesNeverCrash() throws {
        let content = try TemporaryContent()
        let context = FileLoadContext(config: SiteConfig(title: "Test", baseURL: "https://example.org"),
                                      paths: DisplayPaths(base: content.base))
        var random = SeededGenerator(seed: 2011)
        var loaded = 0
        for _ in 0..<400 {
            var bytes = Self.valid
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                let byte = Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &random)]
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = byte
                case 1: bytes.insert(byte, at: index)
                default: bytes.remove(at: index)
                }
            }
            try content.write("editions/01.md", Data(bytes))
            let result = EditionParser.load(content.content.appendingPathComponent("editions/01.md"),
                                            sourcePath: "editions/01.md", series: .single(named: "Test"),
                                            context: context)
            #expect(result.value != nil || result.diagnostics.contains(where: \.isError), "\(random.replay)")
            if result.value != nil { loaded += 1 }
        }
        #expect(loaded > 0)
    }
}

