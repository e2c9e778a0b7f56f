import Foundation
import Testing
import SiteModel
import SiteSource
@testable import SiteBuild
import TestSupport

/// When only bodies of editions or news posts changed, a rebuild plans just the files that read
/// them whole (`PlanScope`) and keeps the others as recorded: the bytes must still be those of a
/// clean build, and anything else (a list field, a touched output) must plan everything.
@Suite struct BodyOnlyRebuildTests {
    private static let narrowMark = "(only bodies changed)"

    private func planDetail(_ report: BuildReport) -> String {
        report.steps.first { $0.name == "plan" }?.detail ?? "no plan step"
    }

    private func expectSameAsClean(_ site: IncrementalSite, _ comment: Comment? = nil) throws {
        let incremental = FolderContents.read(site.output)
        let clean = try site.cleanBuild()
        #expect(incremental.keys.sorted() == clean.keys.sorted(), comment)
        for (path, bytes) in clean.sorted(by: { $0.key < $1.key }) where incremental[path] != bytes {
            Issue.record("\(path) differs from a clean build (\(comment?.rawValue ?? ""))")
        }
    }

    /// Builds the fixture, applies `change`, rebuilds, hands the rebuild's report to `check`, then
    /// compares the output with a clean build.
    private func rebuild(after change: (IncrementalSite) throws -> Void,
                         check: (IncrementalSite, BuildReport) throws -> Void) throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded, "\(first.diagnostics) \(first.errors)")
        try change(site)
        let second = site.build()
        #expect(second.succeeded, "\(second.diagnostics) \(second.errors)")
        try check(site, second)
        try expectSameAsClean(site)
    }

    /// `rebuild`, expecting the rebuild to plan every file.
    private func expectFullPlan(after change: (IncrementalSite) throws -> Void) throws {
        try rebuild(after: change) { _, report in
            #expect(!planDetail(report).contains(Self.narrowMark))
        }
    }

    @Test func anEditionBodyEditPlansItsPageAndTheFeeds() throws {
        try rebuild(after: { try $0.append("\nUne phrase de plus.\n", to: "editions/02-referencement.md") }) { site, report in
            let fileCount = FolderContents.read(site.output).count - 1  // the marker aside
            #expect(planDetail(report) == "4 of \(fileCount) files \(Self.narrowMark)")
            #expect(report.fileCount == fileCount)
            #expect(report.writtenCount == 4)
        }
    }

    @Test func theNextEditionsBodyIsOnTheHomePage() throws {
        try rebuild(after: { try $0.append("\nLe programme se précise.\n", to: "editions/04-prochaine.md") }) { _, report in
            #expect(planDetail(report).hasSuffix(Self.narrowMark))
            #expect(report.writtenCount >= 2, "the edition page and the home page")
        }
    }

    @Test func aNewsBodyEditTakesTheNarrowPlan() throws {
        try rebuild(after: { try $0.append("\nUn mot de plus.\n", to: "news/2013-10-ouverture.md") }) { _, report in
            #expect(planDetail(report).hasSuffix(Self.narrowMark))
        }
    }

    @Test func theCountsAreThoseOfAFullPlan() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        let full = site.build()
        try site.append("\nUne phrase de plus.\n", to: "editions/01-lancement.md")
        let narrow = site.build()
        #expect(planDetail(narrow).hasSuffix(Self.narrowMark))
        #expect(narrow.pageCount == full.pageCount)
        #expect(narrow.fileCount == full.fileCount)
        #expect(narrow.eventCount == full.eventCount)
        #expect(narrow.feedItemCount == full.feedItemCount)
        #expect(narrow.diagnostics == full.diagnostics)
    }

    @Test func aListFieldEditPlansEverything() throws {
        try expectFullPlan(after: { site in
            try site.replace("title: Le référencement & les moteurs", with: "title: Le SEO",
                             in: site.content.appendingPathComponent("editions/02-referencement.md"))
        })
    }

    @Test func aSummaryMadeFromTheBodyIsAListField() throws {
        // Without a `summary:`, lists show the body's first paragraph: changing it is no body-only edit.
        try expectFullPlan(after: { site in
            try site.replace("Annonce de la prochaine édition.", with: "Une tout autre annonce.",
                             in: site.content.appendingPathComponent("editions/04-prochaine.md"))
        })
    }

    @Test func aTouchedOutputFilePlansEverything() throws {
        try expectFullPlan(after: { site in
            try Data("abîmé".utf8).write(to: site.output.appendingPathComponent("sitemap.xml"))
            try site.append("\nUne phrase de plus.\n", to: "editions/02-referencement.md")
        })
    }

    @Test func anotherOptionPlansEverything() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        try site.append("\nUne phrase de plus.\n", to: "editions/02-referencement.md")
        var options = site.options(output: site.output)
        options.baseURL = "https://preview.example.org"
        let report = SiteBuilder(options: options, displayBase: site.root).build()
        #expect(report.succeeded)
        #expect(!planDetail(report).contains(Self.narrowMark))
    }

    /// A narrow rebuild records what each file reads, kept files included, for the next one.
    @Test func narrowRebuildsInARowStayRight() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        for (round, path) in ["editions/02-referencement.md", "editions/01-lancement.md", "news/2013-10-ouverture.md",
                              "editions/02-referencement.md"].enumerated() {
            try site.append("\nRetouche \(round).\n", to: path)
            let report = site.build()
            #expect(report.succeeded)
            #expect(planDetail(report).hasSuffix(Self.narrowMark), "round \(round)")
            try expectSameAsClean(site, "round \(round)")
        }
        let manifest = try #require(site.cache.loadManifest())
        let page = try #require(manifest.files.first { $0.path == "editions/1/index.html" })
        #expect(page.reads.map { manifest.contentFiles[$0].path } == ["editions/01-lancement.md"])
        #expect(!page.readsEverything)
    }

    /// A link the edit breaks is an error, as in a full build, and the output stays as it was.
    @Test func aBrokenLinkAddedToABodyFailsTheNarrowRebuild() throws {
        let site = try IncrementalSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = FolderContents.read(site.output)
        try site.append("\nVoir [la suite](/editions/99/).\n", to: "editions/02-referencement.md")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(planDetail(report).hasSuffix(Self.narrowMark))
        let clean = SiteBuilder(options: site.options(output: site.root.appendingPathComponent("clean"), cached: false),
                                displayBase: site.root).build()
        #expect(report.diagnostics.filter(\.isError) == clean.diagnostics.filter(\.isError))
        #expect(report.diagnostics.contains { $0.isError && $0.location.path.hasSuffix("editions/02-referencement.md") })
        #expect(FolderContents.read(site.output) == before)
        try site.replace("\nVoir [la suite](/editions/99/).\n", with: "\nVoir [la suite](/editions/3/).\n",
                         in: site.content.appendingPathComponent("editions/02-referencement.md"))
        #expect(site.build().succeeded)
        try expectSameAsClean(site)
    }
}
