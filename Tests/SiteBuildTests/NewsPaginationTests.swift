import Foundation
import TestSupport
import Testing

/// More news posts than one list page holds: `/actualites/` then `/actualites/page/2/` …, each
/// post listed on exactly one page, newest first, and the pages linked to one another.
@Suite struct NewsPaginationTests {
    @Test func postsBeyondOnePageGoOnFurtherPages() throws {
        let site = try ScratchFixture("site-basic")
        defer { site.remove() }
        // 23 posts with the two of the fixture: 10, 10 and 5.
        for day in 1...23 {
            try site.write("---\ntitle: Nouvelle \(day)\ndate: 2013-09-\(String(format: "%02d", day))\n---\nTexte \(day).\n",
                           to: String(format: "news/2013-09-%02d-nouvelle-%d.md", day, day))
        }
        let (report, files) = site.build()
        try #require(report.succeeded, "\(report.diagnostics.filter(\.isError)) \(report.errors)")
        let pages = ["actualites/index.html", "actualites/page/2/index.html", "actualites/page/3/index.html"]
        #expect(files.keys.filter { $0.hasPrefix("actualites/page/") }.sorted() == Array(pages.dropFirst()))
        let texts = try pages.map { String(decoding: try #require(files[$0], "\($0) missing"), as: UTF8.self) }
        let slugs = (1...23).map { "nouvelle-\($0)" } + ["creation-asso", "ouverture"]
        var listed: [String: [Int]] = [:]
        for (index, text) in texts.enumerated() {
            for slug in slugs where text.contains("/actualites/\(slug)/\"") { listed[slug, default: []].append(index) }
        }
        let notOnce = slugs.filter { listed[$0]?.count != 1 }
        #expect(notOnce.isEmpty, "\(listed)")
        let perPage = slugs.compactMap { listed[$0]?.first }.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
        #expect(perPage == [0: 10, 1: 10, 2: 5])
        // Newest first: the newest posts on the first page, the oldest on the last.
        #expect(listed["ouverture"] == [0] && listed["nouvelle-23"] == [0] && listed["creation-asso"] == [2])
        #expect(texts[0].contains("/actualites/page/2/\""))
        #expect(texts[1].contains("/actualites/page/3/\"") && texts[1].contains("/actualites/\""))
        #expect(texts[2].contains("/actualites/page/2/\""))
    }
}
