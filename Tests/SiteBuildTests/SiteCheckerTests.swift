import Foundation
import SiteModel
import Testing
@testable import SiteBuild

/// One fixture site per check, under `Tests/Fixtures/check-*`, with the exact diagnostics.
@Suite struct SiteCheckerTests {
    @Test func linksAndImagesThatLeadNowhereAreErrorsWhereTheyAreWritten() {
        let report = CheckFixtures.check("check-broken-link")
        #expect(CheckFixtures.lines(report) == [
            "content/editions/01-premier.md:6:13: error: link 'notes/' leads nowhere",
            "hint: it points at '/editions/1/notes/' of the site",
            "content/pages/a-propos.md:4:59: error: link '/editions/9/' leads nowhere",
            "content/pages/a-propos.md:6:19: error: image '/images/logo.png' leads nowhere",
        ])
        #expect(!report.succeeded)
    }

    @Test func underABasePathTheSameLinksAreFoundAndTheGoodOnesStillWork() {
        let report = CheckFixtures.check("check-broken-link", baseURL: "https://example.org/apero/")
        #expect(report.diagnostics.map(\.location.description) ==
                ["content/editions/01-premier.md:6:13", "content/pages/a-propos.md:4:59", "content/pages/a-propos.md:6:19"])
    }

    @Test func anEditionDatedOutOfOrderIsReportedOnTheOneOutOfPlace() {
        #expect(CheckFixtures.lines(CheckFixtures.check("check-edition-order")) == [
            "content/editions/02-deuxieme.md:4:7: warning: edition 2 is dated 2012-03-10, after edition 3 (2011-04-14T19:00)",
            "hint: edition numbers and dates should go in the same order; check 'date' and 'edition'",
        ])
    }

    @Test func aPastEditionWithoutRecapIsAWarningButNotACancelledOrUpcomingOne() {
        let report = CheckFixtures.check("check-missing-recap")
        #expect(CheckFixtures.lines(report) == [
            "content/editions/01-premier.md:6:1: warning: edition 1 took place (2011-02-23) but has no recap",
            "hint: write what was presented after the front matter, or set 'status: cancelled'",
            "content/editions/03-prochain.md:3:8: warning: edition 3 is upcoming but has no venue: calendars and search engines cannot announce it fully",
            "hint: add a 'venue' once known",
        ])
        #expect(report.succeeded)
    }

    @Test func anUpcomingEditionWithAnAttendanceIsAWarning() {
        #expect(CheckFixtures.lines(CheckFixtures.check("check-upcoming-attendees")) == [
            "content/editions/01-prochain.md:6:12: warning: edition 1 is upcoming (2013-12-12T19:00) but already has 'attendees'",
            "hint: add the attendance after the evening",
        ])
    }

    @Test func aPhotoMissingFromStaticIsAnError() {
        let report = CheckFixtures.check("check-photo-missing")
        #expect(CheckFixtures.lines(report) ==
                ["content/editions/01-premier.md:6:10: error: photo '/photos/salle.jpg' is not a file of content/static/"])
    }

    @Test func aPhotoWithoutAltGivesOneDiagnosticNotTwo() {
        #expect(CheckFixtures.lines(CheckFixtures.check("check-photo-no-alt")) ==
                ["content/editions/01-premier.md:6:5: error: missing required key 'alt'"])
    }

    @Test func anUnknownVenueKeyStaysALoaderError() {
        #expect(CheckFixtures.lines(CheckFixtures.check("check-venue-unknown")) == [
            "content/editions/01-premier.md:5:8: error: unknown venue 'cantinne' (known venues: 'cantine')",
            "hint: did you mean 'cantine'?",
        ])
    }

    @Test func theValidFixtureAndTheRealSiteUnderASubFolderHaveNoError() {
        #expect(CheckFixtures.check("valid-minimal").diagnostics == [])
        let options = BuildOptions(contentDirectory: FixturePaths.repository.appendingPathComponent("content"),
                                   themeDirectory: FixturePaths.defaultTheme, outputDirectory: FixturePaths.repository
                                    .appendingPathComponent("output"),
                                   baseURL: "https://example.org/breizhpero", now: EventDate(year: 2014, month: 6, day: 1))
        let report = SiteBuilder(options: options, displayBase: FixturePaths.repository).check()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics == [])
    }

    @Test func aBrokenLinkOfTheThemeIsReportedOnceOnTheTemplates() {
        let checker = LinkChecker(basePath: "/bp", existing: ["index.html", "a/index.html", "style.css"],
                                  bodies: [], themeLabel: "themes/t/templates", locator: SourceLocator(files: SourceFiles(base: URL(fileURLWithPath: "/"))))
        let page = """
            <link href="/bp/style.css"><a href="/bp/a/">a</a> <a href="/bp/gone/">x</a> <a href="/a/">out</a>
            <a href="https://example.org/x">ext</a> <a href="#top">top</a> <a href="mailto:a@b.c">m</a>
            <!-- <a href="/bp/commented/"> --><script>var s = '<a href="/bp/script/">';</script><img src="../a/">
            """
        let diagnostics = checker.check([.init(path: "index.html", text: page), .init(path: "a/index.html", text: page)])
        #expect(diagnostics.map(\.description) == [
            "themes/t/templates:1:1: error: link '/bp/gone/' of the theme leads nowhere (on 2 pages, first /index.html)",
            "themes/t/templates:1:1: error: link '/a/' of the theme leads nowhere (on 2 pages, first /index.html)",
        ])
    }

    @Test func theLiveReloadScriptOfServeIsNotChecked() {
        let root = FixturePaths.site("valid-minimal")
        let options = BuildOptions(contentDirectory: root.appendingPathComponent("content"),
                                   themeDirectory: FixturePaths.defaultTheme, outputDirectory: root.appendingPathComponent("output"),
                                   now: CheckFixtures.now, extraBodyHTML: #"<script src="/__kerne/reload.js"></script>"#)
        #expect(SiteBuilder(options: options, displayBase: root).check().diagnostics == [])
    }

    @Test func entityReferencesInAttributesAreDecoded() {
        let references = HTMLReferences.extract(from: #"<a class=x href='/a?b=1&amp;c=&#233;'><IMG SRC=/i.png>"#)
        #expect(references == [.init(tag: "a", attribute: "href", value: "/a?b=1&c=é"),
                               .init(tag: "img", attribute: "src", value: "/i.png")])
    }
}
