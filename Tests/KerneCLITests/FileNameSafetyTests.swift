import Foundation
import Testing

/// File names, tags and speaker names with `..`, slashes, backslashes and markup: every output
/// path is an ASCII slug path inside the output folder, and nothing is written beside it.
@Suite struct FileNameSafetyTests {
    @Test func hostileNamesStayInsideTheOutputFolder() throws {
        let edition = """
            ---
            edition: 1
            title: Premier
            date: 2011-02-23
            speakers:
              - name: ../../root
              - name: /etc/shadow
              - name: "C:\\\\Windows\\\\System32"
            tags: ["../../x", "/etc/passwd", "a\\\\b", "..\\\\..\\\\y"]
            ---
            Texte.
            """
        let site = try ScratchSite([
            "editions/01-premier.md": edition,
            "news/2013-10-05-..-..-etc-passwd.md": "---\ntitle: A\ndate: 2013-10-05\n---\nA.\n",
            "news/2013-10-06-a\\b\\..\\c.md": "---\ntitle: B\ndate: 2013-10-06\n---\nB.\n",
            "news/2013-10-07-\"><script>.md": "---\ntitle: C\ndate: 2013-10-07\n---\nC.\n",
            "pages/x..%2F..%2Fevil.md": "---\ntitle: D\n---\nD.\n",
            "pages/C:\\Windows.md": "---\ntitle: E\n---\nE.\n",
            "pages/~root.md": "---\ntitle: F\n---\nF.\n",
        ])
        let result = try site.kerne("build", "--output", "out")
        #expect(result.status == 0, "\(result.standardError)")
        let paths = site.tree("out").keys.sorted()
        for path in paths where path != ".kerne-output" {
            #expect(path.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-./".contains($0)) }, "\(path)")
            #expect(!path.split(separator: "/").contains { $0 == ".." || $0 == "." }, "\(path)")
        }
        for expected in ["actualites/etc-passwd/index.html", "actualites/a-b-c/index.html", "actualites/script/index.html",
                         "x-2f-2fevil/index.html", "c-windows/index.html", "root/index.html",
                         "intervenants/root/index.html", "intervenants/etc-shadow/index.html",
                         "intervenants/c-windows-system32/index.html",
                         "sujets/x/index.html", "sujets/etc-passwd/index.html", "sujets/a-b/index.html", "sujets/y/index.html"] {
            #expect(paths.contains(expected), "\(expected) missing")
        }
        #expect(try site.entries() == ["content", "out", "themes"])
    }
}
