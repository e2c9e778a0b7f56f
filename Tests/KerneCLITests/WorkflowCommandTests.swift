import Foundation
import Testing
import TestSupport

/// `kerne new`, `kerne check` and `kerne build --quiet` as contributors and CI run them.
@Suite struct WorkflowCommandTests {
    static let plain = ["NO_COLOR": "1"]

    /// A copy of `Tests/Fixtures/<fixture>` in a new temporary folder.
    static func copy(_ fixture: String) throws -> URL {
        let temporary = try KerneProcess.temporaryDirectory()
        let site = temporary.appendingPathComponent("site")
        try FileManager.default.copyItem(at: KerneProcess.repository.appendingPathComponent("Tests/Fixtures/\(fixture)"), to: site)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("themes"),
                                                   withDestinationURL: KerneProcess.repository.appendingPathComponent("themes"))
        return site
    }

    @Test func newEditionTakesTheNextNumberAndRefusesToOverwrite() throws {
        let site = try Self.copy("valid-minimal")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let created = try KerneProcess.run(["new", "edition", "--title", "Le web mobile", "--date", "2014-02-13T19:00",
                                            "--speaker", "Sterenn Le Coz, Evernet", "--speaker", "Ronan"], in: site)
        #expect(created.status == 0, "\(created.standardError)")
        #expect(created.standardOutput == "content/editions/03-le-web-mobile.md\n")
        let text = try String(contentsOf: site.appendingPathComponent("content/editions/03-le-web-mobile.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\nedition: 3\ntitle: Le web mobile\ndate: 2014-02-13T19:00\n"))
        #expect(text.contains("speakers:\n  - name: Sterenn Le Coz\n    affiliation: Evernet\n"))

        // A half-written file that already took the next file name, without an edition number yet.
        let draft = site.appendingPathComponent("content/editions/04-sujet-a-definir.md")
        try "---\ntitle: à finir\n---\n".write(to: draft, atomically: true, encoding: .utf8)
        let refused = try KerneProcess.run(["new", "edition"], in: site, environment: Self.plain)
        #expect(refused.status == 1)
        #expect(refused.standardOutput == "")
        #expect(refused.standardError ==
                "kerne: error: 'content/editions/04-sujet-a-definir.md' already exists; it was left as it was\n")
        #expect(try String(contentsOf: draft, encoding: .utf8) == "---\ntitle: à finir\n---\n")
    }

    @Test func newNewsThenCheckPassesAsWritten() throws {
        let site = try Self.copy("valid-minimal")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let created = try KerneProcess.run(["new", "news", "Ouverture : la Cantine !", "--date", "2014-01-02"], in: site)
        #expect(created.standardOutput == "content/news/2014-01-02-ouverture-la-cantine.md\n")
        let edition = try KerneProcess.run(["new", "edition", "--date", "2014-03"], in: site)
        #expect(edition.standardOutput == "content/editions/03-sujet-a-definir.md\n")
        let check = try KerneProcess.run(["check", "--now", "2014-01-10"], in: site, environment: Self.plain)
        #expect(check.status == 0, "\(check.standardError)")
        // The edition to come is written as far as it is known: the check says what is missing.
        #expect(check.standardOutput == "kerne: no error, 1 warning\n")
        #expect(check.standardError.hasPrefix(
            "content/editions/03-sujet-a-definir.md:4:7: warning: edition 3 is upcoming but has no day, no time, no venue"))
    }

    @Test func checkPrintsEachDiagnosticWithItsSourceLineAndCaret() throws {
        let fixture = KerneProcess.repository.appendingPathComponent("Tests/Fixtures/check-broken-link")
        let result = try KerneProcess.run(["check", "--theme", KerneProcess.repository.appendingPathComponent("themes/default").path,
                                           "--now", "2013-11-15"], in: fixture, environment: Self.plain)
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError == """
            content/editions/01-premier.md:6:13: error: link 'notes/' leads nowhere
            Les [notes](notes/) de la soirée et [l'association](/a-propos/).
                        ^
              hint: it points at '/editions/1/notes/' of the site
            content/pages/a-propos.md:4:59: error: link '/editions/9/' leads nowhere
            Voir [la première édition](/editions/1/) et [la dernière](/editions/9/).
                                                                      ^
            content/pages/a-propos.md:6:19: error: image '/images/logo.png' leads nowhere
            Le logo : ![Logo](/images/logo.png)
                              ^
            kerne: 3 errors, 0 warnings

            """)
    }

    @Test func withoutATerminalThereIsNoColourEvenWithoutNoColor() throws {
        let fixture = KerneProcess.repository.appendingPathComponent("Tests/Fixtures/check-venue-unknown")
        let result = try KerneProcess.run(["check", "--theme", KerneProcess.repository.appendingPathComponent("themes/default").path],
                                          in: fixture, environment: ["NO_COLOR": ""])
        #expect(result.status == 1)
        #expect(result.standardError.hasPrefix("content/editions/01-premier.md:5:8: error: unknown venue 'cantinne'"))
        #expect(result.standardError.contains("venue: cantinne\n       ^\n  hint: did you mean 'cantine'?\n"))
        #expect(!result.standardError.contains("\u{1B}"))
    }

    @Test func checkOfTheRealContentSucceeds() throws {
        let result = try KerneProcess.run(["check", "--now", "2014-06-01"], in: KerneProcess.repository, environment: Self.plain)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "kerne: no error\n")
        #expect(result.standardError == "")
    }

    @Test func buildQuietPrintsNothingOnSuccessAndVerboseEachStep() throws {
        let site = try Self.copy("valid-minimal")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let quiet = try KerneProcess.run(["build", "--quiet", "--now", "2014-01-10"], in: site)
        #expect(quiet.status == 0, "\(quiet.standardError)")
        #expect(quiet.standardOutput == "")
        #expect(quiet.standardError == "")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/index.html").path))

        let unchanged = try KerneProcess.run(["build", "--verbose", "--now", "2014-01-10"], in: site)
        let summary = unchanged.standardOutput.split(separator: "\n").map(String.init)
        #expect(summary.count == 2)
        #expect(summary.first?.hasPrefix("kerne: cache ") == true)
        #expect(summary.first?.hasSuffix(" ms  no input changed, the output is as the last build left it") == true)
        // 17: the venue `mjc` holds no event, so it has no page.
        #expect(summary.last?.hasPrefix("kerne: 17 pages, ") == true)

        let verbose = try KerneProcess.run(["build", "--verbose", "--no-cache", "--now", "2014-01-10"], in: site)
        let lines = verbose.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        for (line, step) in zip(lines, ["load", "images", "plan", "render", "check", "write"]) {
            #expect(line.hasPrefix("kerne: \(step) "), "\(line)")
            #expect(line.contains(" ms  "), "\(line)")
        }
        #expect(lines.first?.hasSuffix(" ms  2 editions, 2 news posts, 3 pages, 2 static files") == true)
        #expect(lines.last?.hasPrefix("kerne: 17 pages, ") == true)
        #expect(!verbose.standardOutput.contains("\r"))
    }

    /// `script` gives the command a terminal: then (only then) the progress line and colours.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalBuildShowsProgressAndCheckShowsColours() throws {
        let site = try Self.copy("valid-minimal")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let kerne = KerneProcess.executable.path
        let build = try Self.runInTerminal("\(kerne) build --now 2014-01-10", in: site)
        #expect(build.contains("\rkerne: rendering 1/31 files\r"))
        #expect(build.contains("\rkerne: rendering 31/31 files\r\u{1B}[K" + "kerne: 17 pages, "))

        let fixture = KerneProcess.repository.appendingPathComponent("Tests/Fixtures/check-venue-unknown")
        let theme = KerneProcess.repository.appendingPathComponent("themes/default").path
        let coloured = try Self.runInTerminal("\(kerne) check --theme \(theme)", in: fixture)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;32m^\u{1B}[0m"))
        let plain = try Self.runInTerminal("\(kerne) check --theme \(theme)", in: fixture, environment: Self.plain)
        #expect(plain.contains("error: unknown venue"))
        #expect(!plain.contains("\u{1B}"))
    }

    /// Standard output and error of `command` run under `script`, line endings as the terminal gave them.
    static func runInTerminal(_ command: String, in directory: URL, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = directory
        var variables = KerneProcess.baseEnvironment.merging(environment) { _, new in new }
        if environment["NO_COLOR"] == nil { variables["NO_COLOR"] = nil }
        process.environment = variables
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }
}
