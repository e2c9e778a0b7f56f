import DevServer
import Foundation
import Testing

/// The server in-process on a free port, over a site made by `FakeSiteBuild`.
@Suite(.timeLimit(.minutes(1))) struct DevServerIntegrationTests {
    struct Running {
        let port: Int
        let task: Task<Void, any Error>
        let folder: TemporaryFolder

        func stop() async -> Bool {
            task.cancel()
            let stopped = await Deadline.finishes(task, within: 10)
            folder.remove()
            return stopped
        }

        func fetch(_ path: String, method: String = "GET") async throws -> RawHTTPResponse {
            try await RawHTTPResponse.fetch(port: port, path: path, method: method)
        }

        func edit(_ text: String) throws {
            try folder.write(text, to: "sources/page.txt")
        }
    }

    private func start(page: String = "version one", basePath: String = "") async throws -> Running {
        let folder = try TemporaryFolder()
        try folder.write(page, to: "sources/page.txt")
        try folder.write("do not serve me", to: "secret.txt")
        let fake = FakeSiteBuild(sources: folder.url.appendingPathComponent("sources"),
                                 site: folder.url.appendingPathComponent("site"),
                                 secret: folder.url.appendingPathComponent("secret.txt"))
        let configuration = DevServerConfiguration(port: 0, siteDirectory: fake.site, watchedDirectories: [fake.sources],
                                                   pollInterval: .milliseconds(50), handlesSignals: false,
                                                   basePath: basePath)
        let port = LockedValue<Int?>(nil)
        let server = DevServer(configuration: configuration, build: { fake.run() }, report: { event in
            if case .listening(let number) = event { port.update { $0 = number } }
        })
        let task = Task { try await server.run() }
        let number = try await Deadline.poll("the server to listen", seconds: 20) { port.current }
        return Running(port: number, task: task, folder: folder)
    }

    @Test func servesPagesWithTypesCleanURLsAnd404() async throws {
        let server = try await start()
        let home = try await server.fetch("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        #expect(home.body.contains("version one"))
        #expect(home.body.contains(LiveReload.eventsPath))
        #expect(try await server.fetch("/editions/4/").body == "<p>edition 4</p>")
        let redirect = try await server.fetch("/editions/4")
        #expect(redirect.status == 302, "not 301: a browser would keep it for every later site on this port")
        #expect(redirect.headers["location"] == "/editions/4/")
        let missing = try await server.fetch("/editions/99/")
        #expect(missing.status == 404)
        #expect(missing.body == "<p>page introuvable</p>")
        #expect(try await server.fetch("/feed.xml").headers["content-type"] == "application/rss+xml")
        #expect(try await server.fetch("/feed.json").headers["content-type"] == "application/feed+json")
        #expect(try await server.fetch("/agenda.ics").headers["content-type"] == "text/calendar; charset=utf-8")
        #expect(try await server.fetch("/assets/style.css?v=2").headers["content-type"] == "text/css; charset=utf-8")
        let head = try await server.fetch("/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(try await server.fetch("/", method: "POST").status == 405)
        #expect(await server.stop())
    }

    /// `kerne serve --base-url https://example.org/sous-dossier/`: the site's links point under the
    /// path, so it is served there.
    @Test func servesTheSiteUnderTheBasePath() async throws {
        let server = try await start(basePath: "/sous-dossier")
        let home = try await server.fetch("/sous-dossier/")
        #expect(home.status == 200 && home.body.contains("version one"))
        #expect(try await server.fetch("/sous-dossier/editions/4/").body == "<p>edition 4</p>")
        for (path, location) in [("/sous-dossier/editions/4", "/sous-dossier/editions/4/"), ("/", "/sous-dossier/"),
                                 ("/sous-dossier", "/sous-dossier/")] {
            let redirect = try await server.fetch(path)
            #expect(redirect.status == 302 && redirect.headers["location"] == location, "\(path)")
        }
        #expect(try await server.fetch("/editions/4/").status == 404)
        #expect(try await server.fetch("/sous-dossier-bis/editions/4/").status == 404)
        #expect(await server.stop())
    }

    @Test(arguments: ["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2E%2E%2Fsecret.txt",
                      "/editions/..%2f..%2f..%2fsecret.txt", "/editions/../../secret.txt", "/..\\secret.txt",
                      "/%5c..%5csecret.txt", "/index.html%00", "/escape.txt", "/.kerne-output"])
    func refusesTraversal(_ path: String) async throws {
        let server = try await start()
        let response = try await server.fetch(path)
        #expect([400, 404].contains(response.status), "\(path) gave \(response.status)")
        #expect(!response.body.contains("do not serve me"))
        #expect(await server.stop())
    }

    @Test func announcesReloadAfterAChangeAndErrorsAfterABadBuild() async throws {
        let server = try await start()
        // The body comes chunked; each event stays whole inside its chunk.
        let stream = try RawHTTPConnection(port: server.port)
        stream.send("GET \(LiveReload.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let opened = await Deadline.onThread { stream.read(seconds: 10) { $0.contains("retry: 1000\n\n") } }
        #expect(opened.contains("text/event-stream"))

        try server.edit("version two")
        let reloaded = await Deadline.onThread { stream.read(seconds: 10) { $0.contains("event: reload\n") } }
        #expect(reloaded.contains("event: reload\ndata: \n\n"))
        #expect(try await server.fetch("/").body.contains("version two"))

        try server.edit("BROKEN")
        let failed = await Deadline.onThread { stream.read(seconds: 10) { $0.contains(FakeSiteBuild.problem + "\n\n") } }
        #expect(failed.contains("event: error\ndata: \(FakeSiteBuild.problem)\n\n"))
        #expect(try await server.fetch("/").body.contains("version two"), "the last good site stays")

        try server.edit("version three")
        let fixed = await Deadline.onThread {
            stream.read(seconds: 10) { $0.components(separatedBy: "event: reload\n").count == 3 }
        }
        #expect(fixed.components(separatedBy: "event: reload\n").count == 3)
        #expect(await server.stop())
    }

    @Test func withoutAGoodBuildPagesShowTheDiagnostics() async throws {
        let server = try await start(page: "BROKEN")
        let page = try await server.fetch("/editions/4/")
        #expect(page.status == 500)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("content/editions/04.md:3:7: error: &apos;date&apos;") == false)
        #expect(page.body.contains("content/editions/04.md:3:7: error: 'date' is not a date: &lt;script&gt;"))
        #expect(page.body.contains(LiveReload.eventsPath))
        #expect(try await server.fetch("/assets/style.css").status == 500)

        try server.edit("repaired")
        let home = try await Deadline.poll("the repaired site", seconds: 10, every: .milliseconds(50)) {
            let response = try await server.fetch("/")
            return response.status == 200 ? response : nil
        }
        #expect(home.body.contains("repaired"))
        #expect(await server.stop())
    }
}
