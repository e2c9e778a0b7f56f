@testable import DevServer
import Foundation
import Testing

@Suite struct SiteFileLookupTests {
    /// site/ with pages, and secret.txt beside it that no request may reach.
    private func makeSite() throws -> (TemporaryFolder, SiteFileLookup) {
        let folder = try TemporaryFolder()
        try folder.write("home", to: "site/index.html")
        try folder.write("four", to: "site/editions/4/index.html")
        try folder.write("no index here", to: "site/assets/style.css")
        try folder.write("marker", to: "site/.kerne-output")
        try folder.write("secret", to: "secret.txt")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("site/escape.txt").path,
                                       withDestinationPath: folder.url.appendingPathComponent("secret.txt").path)
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("site/outside").path,
                                       withDestinationPath: folder.url.path)
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("site/home.html").path,
                                       withDestinationPath: "index.html")
        return (folder, SiteFileLookup(root: folder.url.appendingPathComponent("site")))
    }

    private func path(_ result: SiteFileLookup.Result) -> String? {
        guard case .file(let url) = result else { return nil }
        return url.lastPathComponent
    }

    @Test func cleanURLs() throws {
        let (folder, lookup) = try makeSite()
        defer { folder.remove() }
        #expect(path(lookup.find([], directory: true)) == "index.html")
        #expect(path(lookup.find(["editions", "4"], directory: true)) == "index.html")
        #expect(lookup.find(["editions", "4"], directory: false) == .redirect(location: "/editions/4/"))
        #expect(path(lookup.find(["assets", "style.css"], directory: false)) == "style.css")
        #expect(lookup.find(["assets"], directory: true) == .notFound)
        #expect(lookup.find(["assets"], directory: false) == .notFound)
        #expect(lookup.find(["editions", "5"], directory: true) == .notFound)
    }

    @Test func symlinksLeavingTheRootAreNotFound() throws {
        let (folder, lookup) = try makeSite()
        defer { folder.remove() }
        #expect(lookup.find(["escape.txt"], directory: false) == .notFound)
        #expect(lookup.find(["outside", "secret.txt"], directory: false) == .notFound)
        #expect(path(lookup.find(["home.html"], directory: false)) == "index.html")
    }

    @Test func hiddenFilesAreNotServed() throws {
        let (folder, lookup) = try makeSite()
        defer { folder.remove() }
        #expect(lookup.find([".kerne-output"], directory: false) == .notFound)
    }

    @Test func missingRootMeansNoSiteYet() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lookup = SiteFileLookup(root: folder.url.appendingPathComponent("site"))
        #expect(lookup.find([], directory: true) == .noSite)
        #expect(lookup.notFoundPage() == nil)
    }

    @Test func redirectLocationIsPercentEncoded() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("x", to: "site/sujets/référencement web/index.html")
        let lookup = SiteFileLookup(root: folder.url.appendingPathComponent("site"))
        #expect(lookup.find(["sujets", "référencement web"], directory: false)
            == .redirect(location: "/sujets/r%C3%A9f%C3%A9rencement%20web/"))
    }
}
