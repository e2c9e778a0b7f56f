import Foundation
import Testing

/// One test of the Mustache spec's core files (`Spec/*.json`, from mustache/spec; see
/// `Spec/SOURCE` and `Spec/LICENSE`).
struct SpecTest: Decodable, Sendable, CustomTestStringConvertible {
    var file = ""
    let name: String
    let desc: String
    let data: SpecJSON
    let template: String
    let partials: [String: String]?
    let expected: String

    private enum CodingKeys: String, CodingKey {
        case name, desc, data, template, partials, expected
    }

    /// `interpolation: Basic Interpolation`: the spec file and the test's own name.
    var id: String { "\(file): \(name)" }
    var testDescription: String { id }

    /// The core files; the optional ones (inheritance, dynamic names, lambdas) are not read.
    static let coreFiles = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    /// Every test of `files`, in the files' order.
    static func load(_ files: [String] = coreFiles) -> [SpecTest] {
        files.flatMap { file -> [SpecTest] in
            guard let url = Bundle.module.url(forResource: file, withExtension: "json", subdirectory: "Spec"),
                  let data = try? Data(contentsOf: url),
                  let tests = try? JSONDecoder().decode(SpecFile.self, from: data).tests else {
                return [SpecTest(file: file, name: "(file could not be read)", desc: "", data: .null, template: "",
                                 partials: nil, expected: "the file Spec/\(file).json")]
            }
            return tests.map { test in
                var test = test
                test.file = file
                return test
            }
        }
    }

    private struct SpecFile: Decodable {
        let tests: [SpecTest]
    }
}
