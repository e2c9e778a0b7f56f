import Foundation
import Testing
import TestSupport

/// `kerne init` writes a site that builds and passes `kerne check` as it is, in its language,
/// with no `themes/` folder (the default theme ships inside kerne).
@Suite struct InitCommandTests {
    @Test(arguments: [("fr", "editions", "actualites/bienvenue"), ("en", "events", "news/welcome"),
                      ("en-GB", "events", "news/welcome")])
    func aNewSiteBuildsAndPassesTheChecks(language: String, folder: String, news: String) throws {
        let root = try KerneProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let made = try KerneProcess.run(["init", "site", "--title", "Brest Web #2", "--language", language,
                                         "--timezone", "Europe/London", "--base-url", "https://example.org/meetup/"],
                                        in: root)
        #expect(made.status == 0, "\(made.standardError)")
        let site = root.appendingPathComponent("site")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("themes").path))

        let check = try KerneProcess.run(["check"], in: site)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        #expect(!check.standardError.contains("warning"), "\(check.standardError)")
        let build = try KerneProcess.run(["build", "--quiet"], in: site)
        #expect(build.status == 0, "\(build.standardError)")

        let output = site.appendingPathComponent("output")
        for path in ["index.html", "\(folder)/1/index.html", "\(news)/index.html", "agenda.ics"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path) is missing")
        }
        let calendar = try String(contentsOf: output.appendingPathComponent("agenda.ics"), encoding: .utf8)
        #expect(calendar.contains("PRODID:-//Brest Web #2//Kerné//\(language.prefix(2).uppercased())\r\n"))
        #expect(calendar.contains("UID:brest-web-2-1@example.org\r\n"))
        #expect(!calendar.contains("Silicon") && !calendar.contains("breizhpero"))
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let root = try KerneProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("mine\n".utf8).write(to: root.appendingPathComponent("notes.txt"))
        let result = try KerneProcess.run(["init", "."], in: root)
        #expect(result.status == 1)
        #expect(result.standardError.contains("is not empty; kerne init writes a site only into a new or empty folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["notes.txt"])

        let wrong = try KerneProcess.run(["init", "other", "--language", "de"], in: root)
        #expect(wrong.status != 0 && wrong.standardError.contains("--language takes fr or en"))
    }
}
