import Foundation
import Testing
@testable import SiteSource

/// The tree built from libyaml's events must be the one Yams composes, wherever it gives one.
@Suite("YAML composed from events")
struct YAMLComposerTests {
    /// Every front matter and YAML file of the real site and of the fixtures (invalid ones too).
    static func documents() -> [(name: String, yaml: String)] {
        let repository = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
        var found: [(String, String)] = []
        for folder in [repository.appendingPathComponent("content"), Fixtures.root] {
            let walker = FileManager.default.enumerator(atPath: folder.path)
            while let path = walker?.nextObject() as? String {
                guard path.hasSuffix(".md") || path.hasSuffix(".yml"),
                      let text = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) else { continue }
                if path.hasSuffix(".yml") {
                    found.append((path, text))
                } else if case .success(let parts) = FrontMatter.split(text) {
                    found.append((path, parts.yaml))
                }
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    @Test func givesYamsTreeForEveryFileOfTheSites() throws {
        let documents = Self.documents()
        #expect(documents.count > 50)
        var composed = 0
        for (name, yaml) in documents {
            switch YAMLComposer.compose(yaml, lineOffset: 3) {
            case .tree(let root):
                #expect(YAMLReader.composeWithYams(yaml, lineOffset: 3) == .success(root), "\(name)")
                composed += 1
            case .problem, .unusual:
                continue
            }
        }
        #expect(composed > 50)
    }

    @Test func givesYamsTreeForEveryKindOfNode() {
        let yaml = """
        plain: texte simple
        quoted: "entre guillemets"
        single: 'simple'
        empty:
        null: ~
        block: |
          deux
          lignes
        folded: >
          une
          ligne
        list: [a, "b", 3]
        nested:
          - name: Prénom Nom
            url: https://example.org
          - { name: Autre, affiliation: "Société" }
        deep: {a: {b: {c: [1, [2, [3]]]}}}
        """
        guard case .tree(let root) = YAMLComposer.compose(yaml, lineOffset: 1) else {
            Issue.record("not composed from events")
            return
        }
        #expect(YAMLReader.composeWithYams(yaml, lineOffset: 1) == .success(root))
        #expect(root != nil)
    }

    @Test func leavesKeysThatAreNotTextToYams() throws {
        guard case .unusual = YAMLComposer.compose("? [a, b]\n: c\n", lineOffset: 0) else {
            Issue.record("composed from events")
            return
        }
        #expect(try YAMLReader.parse("? [a, b]\n: c\n", lineOffset: 0).get() != nil)
    }

    @Test func leavesDuplicateKeysAndSecondDocumentsToYams() {
        for yaml in ["title: A\ntitle: B\n", "a: {x: 1, x: 2}\n", "a: 1\n---\nb: 2\n"] {
            guard case .unusual = YAMLComposer.compose(yaml, lineOffset: 0) else {
                Issue.record("composed from events: \(yaml)")
                continue
            }
            #expect(throws: YAMLReader.Problem.self) { try YAMLReader.parse(yaml, lineOffset: 0).get() }
        }
    }

    @Test func reportsWhatTheEventCheckReports() {
        for yaml in ["a: &x 1\n", "title: A\n  bad: [\n", String(repeating: "[", count: 80)] {
            guard case .problem(let finding) = YAMLComposer.compose(yaml, lineOffset: 0) else {
                Issue.record("no problem for \(yaml)")
                continue
            }
            #expect(finding == YAMLEventCheck.check(yaml))
        }
    }

    @Test func givesNothingForAStreamWithoutDocument() {
        guard case .tree(nil) = YAMLComposer.compose("# only a comment\n", lineOffset: 0) else {
            Issue.record("expected no tree")
            return
        }
        #expect(YAMLReader.composeWithYams("# only a comment\n", lineOffset: 0) == .success(nil))
    }
}
