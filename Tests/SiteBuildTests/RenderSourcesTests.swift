import Foundation
import Testing
import SiteModel
import SiteRender
import SiteSource
@testable import SiteBuild

/// The build cache re-renders a file only when what its job declares to read changed; these
/// tests check the declarations against what rendering really shows, so that a template or a
/// view that starts showing more fails here instead of leaving stale files behind.
@Suite struct RenderSourcesTests {
    static func render(_ site: Site) throws -> (jobs: [RenderJob], files: [String: [UInt8]]) {
        let theme = try CompiledTheme(try ThemeLoader().load(from: FixturePaths.defaultTheme).theme)
        let jobs = SiteRenderer.jobs(site, theme: theme, context: BuildContext(now: EndToEndTests.now))
        return (jobs, Dictionary(uniqueKeysWithValues: jobs.map { ($0.path, $0.render().contents) }))
    }

    static func fixture() throws -> Site {
        let root = FixturePaths.site("site-basic")
        guard let site = SiteLoader(contentDirectory: root.appendingPathComponent("content"), displayBase: root).load().site
        else { throw BuildError("the fixture does not load") }
        return site
    }

    /// Files that changed although their job does not declare `changed`'s source as read.
    static func undeclaredChanges(_ before: Site, _ after: Site, source: String, wholeOnly: Bool) throws -> [String] {
        let (_, old) = try render(before)
        let (jobs, new) = try render(after)
        return jobs.filter { job in
            let sources = job.sources
            let reads = sources.everything || sources.files.contains(source)
                || (!wholeOnly && (sources.allSummaries || sources.summaries.contains(source)))
            return !reads && old[job.path] != new[job.path]
        }.map(\.path)
    }

    @Test func aBodyShowsOnlyWhereItIsReadWhole() throws {
        let site = try Self.fixture()
        for index in site.editions.indices {
            var changed = site
            changed.editions[index].body.html += "<p>nouveau</p>"
            changed.editions[index].body.plainText += " nouveau"
            #expect(try Self.undeclaredChanges(site, changed, source: site.editions[index].sourcePath, wholeOnly: true) == [])
        }
        for index in site.news.indices {
            var changed = site
            changed.news[index].body.html += "<p>nouveau</p>"
            changed.news[index].body.plainText += " nouveau"
            #expect(try Self.undeclaredChanges(site, changed, source: site.news[index].sourcePath, wholeOnly: true) == [])
        }
    }

    /// A rebuild that plans some files (`SiteRenderer.jobs(only:)`) gets the very jobs a whole
    /// plan has for them: same paths, same sources, same bytes.
    @Test func wantedJobsAreThoseOfTheWholePlan() throws {
        let site = try Self.fixture()
        let theme = try CompiledTheme(try ThemeLoader().load(from: FixturePaths.defaultTheme).theme)
        let context = BuildContext(now: EndToEndTests.now)
        let (all, files) = try Self.render(site)
        let paths = all.map(\.path)
        let wantedSets = paths.map { Set([$0]) } + [
            Set(paths.filter { $0.hasPrefix("editions/") || $0.hasSuffix(".xml") || $0.hasSuffix(".json") }),
            Set(paths.filter { $0.hasPrefix("intervenants/") || $0.hasPrefix("sujets/") || $0.hasPrefix("assets/") }),
            Set(paths), [],
        ]
        for wanted in wantedSets {
            let jobs = SiteRenderer.jobs(site, theme: theme, context: context, only: wanted)
            #expect(jobs.map(\.path) == paths.filter(wanted.contains), "\(wanted.sorted())")
            for job in jobs {
                #expect(job.sources == all.first { $0.path == job.path }?.sources, "\(job.path)")
                #expect(job.render().contents == files[job.path], "\(job.path)")
            }
        }
    }

    @Test func listFieldsShowOnlyWhereTheyAreRead() throws {
        let site = try Self.fixture()
        for index in site.editions.indices {
            var changed = site
            changed.editions[index].title += " (modifié)"
            changed.editions[index].summary += " Modifié."
            changed.editions[index].attendees = 99
            #expect(try Self.undeclaredChanges(site, changed, source: site.editions[index].sourcePath, wholeOnly: false) == [])
        }
        for index in site.news.indices {
            var changed = site
            changed.news[index].title += " (modifié)"
            changed.news[index].summary += " Modifié."
            #expect(try Self.undeclaredChanges(site, changed, source: site.news[index].sourcePath, wholeOnly: false) == [])
        }
    }
}
