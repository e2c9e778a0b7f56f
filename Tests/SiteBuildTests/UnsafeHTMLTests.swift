import Foundation
import TestSupport
import Testing

/// Raw HTML in Markdown is dropped, with a warning, unless `site.yml` sets `unsafe_html: true`,
/// and then it reaches the page as written.
@Suite struct UnsafeHTMLTests {
    static let raw = "<aside class=\"encart\">Un encart <em>brut</em></aside>"

    static func editionPage(unsafe: Bool) throws -> (warnings: [String], page: String) {
        let site = try ScratchFixture("site-basic")
        defer { site.remove() }
        let siteFile = try String(contentsOf: site.content.appendingPathComponent("site.yml"), encoding: .utf8)
        try site.write(siteFile + "unsafe_html: \(unsafe)\n", to: "site.yml")
        try site.write("---\nedition: 6\ntitle: Brute\ndate: 2013-01-10\n---\nAvant.\n\n\(raw)\n\nAprès.\n", to: "editions/06-brute.md")
        let (report, files) = site.build()
        try #require(report.succeeded, "\(report.diagnostics.filter(\.isError)) \(report.errors)")
        let page = String(decoding: try #require(files["editions/6/index.html"]), as: UTF8.self)
        return (report.diagnostics.filter { $0.description.contains("06-brute.md") }.map(\.description), page)
    }

    @Test func rawHTMLIsKeptOnlyWhenTheSiteAllowsIt() throws {
        let kept = try Self.editionPage(unsafe: true)
        #expect(kept.page.contains(Self.raw))
        #expect(kept.warnings.isEmpty, "\(kept.warnings)")

        let dropped = try Self.editionPage(unsafe: false)
        #expect(!dropped.page.contains("<aside class=\"encart\">") && !dropped.page.contains("Un encart"))
        #expect(dropped.page.contains("Avant.") && dropped.page.contains("Après."))
        #expect(dropped.warnings.count == 1 && dropped.warnings.allSatisfy { $0.contains("raw HTML") }, "\(dropped.warnings)")
    }
}
