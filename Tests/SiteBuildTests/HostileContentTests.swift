import Foundation
import Testing
@testable import SiteBuild
import TestSupport

/// `Tests/Fixtures/hostile`: every front-matter field carries markup, script breakers, URL
/// schemes, iCalendar separators, CRLF, U+2028 and control characters. The site builds, and
/// none of it comes out live, page by page and feed by feed.
@Suite struct HostileContentTests {
    /// Built once for the suite; a build that fails fails every test that reads it.
    static let built: Result<[String: Data], BuildError> = {
        do {
            let temporary = try FixturePaths.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: temporary) }
            let output = temporary.appendingPathComponent("output")
            let report = EndToEndTests.build("hostile", into: output)
            guard report.succeeded else { return .failure(BuildError("the hostile site did not build: \(report.diagnostics.filter(\.isError)) \(report.errors)")) }
            return .success(FolderContents.read(output))
        } catch {
            return .failure(BuildError("no temporary folder: \(error)"))
        }
    }()

    static func site() throws -> [String: Data] { try built.get() }

    static func files(_ suffix: String) throws -> [String] {
        try site().keys.filter { $0.hasSuffix(suffix) }.sorted()
    }

    static func text(_ path: String) throws -> String {
        String(decoding: try #require(try site()[path], "\(path) was not written"), as: UTF8.self)
    }

    @Test func theHostileSiteBuildsAndShowsTheTextEscaped() throws {
        #expect(try Self.files(".html").count > 10)
        #expect(try Self.text("editions/1/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
    }

    @Test func noPageHasLiveMarkup() throws {
        let pages = try Self.files(".html")
        #expect(pages.count > 10)
        for path in pages {
            let problems = LiveMarkupScanner.problems(in: try Self.text(path))
            #expect(problems.isEmpty, "\(path): \(problems.joined(separator: "; "))")
        }
    }

    @Test func editionAndNewsPagesHaveJSONLD() throws {
        let pages = try Self.files("/index.html").filter { $0.hasPrefix("editions/") || $0.hasPrefix("actualites/") }
            .filter { $0 != "editions/index.html" && $0 != "actualites/index.html" }
        #expect(pages.count == 5)
        for path in pages {
            #expect(try Self.text(path).contains(LiveMarkupScanner.jsonLDOpening), "\(path) has no JSON-LD")
        }
    }

    @Test func xmlFilesParseAndTheirHTMLIsInert() throws {
        #expect(try Self.files(".xml").sorted() == ["atom.xml", "feed.xml", "sitemap.xml"])
        for path in try Self.files(".xml") {
            let collector = try #require(XMLTextCollector.parse(try Self.site()[path] ?? Data()), "\(path) is not well-formed XML")
            for (element, text, type, parent) in collector.texts {
                // The descriptions of RSS items are HTML; Atom says which of its texts are.
                if (parent == "item" && ["description", "content:encoded"].contains(element)) || type == "html" {
                    let problems = LiveMarkupScanner.problems(in: text)
                    #expect(problems.isEmpty, "\(path) <\(element)>: \(problems.joined(separator: "; "))")
                }
                if ["link", "loc", "id", "guid", "url"].contains(element) {
                    #expect(!LiveMarkupScanner.hasDangerousScheme(text), "\(path) <\(element)>\(text)")
                }
                #expect(!text.unicodeScalars.contains(where: LiveMarkupScanner.isForbiddenControl), "\(path) <\(element)>")
            }
            for (element, name, value) in collector.attributes where ["href", "src", "uri"].contains(name) {
                #expect(!LiveMarkupScanner.hasDangerousScheme(value), "\(path) <\(element) \(name)=\(value)>")
            }
        }
    }

    @Test func theJSONFeedParsesAndItsHTMLIsInert() throws {
        let data = try #require(try Self.site()["feed.json"])
        let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count == 5)
        for item in items {
            let problems = LiveMarkupScanner.problems(in: item["content_html"] as? String ?? "")
            #expect(problems.isEmpty, "\(item["id"] ?? "?"): \(problems.joined(separator: "; "))")
            for key in ["url", "external_url", "image", "id"] {
                #expect(!LiveMarkupScanner.hasDangerousScheme(item[key] as? String ?? ""), "\(key)")
            }
        }
    }

    @Test func calendarLinesCannotBeInjected() throws {
        #expect(try Self.files(".ics").count == 4)
        for path in try Self.files(".ics") {
            let text = try Self.text(path)
            #expect(text.hasSuffix("\r\n"))
            let physical = text.components(separatedBy: "\r\n").dropLast()
            var logical: [String] = []
            for line in physical {
                #expect(!line.contains("\r") && !line.contains("\n"), "\(path): a bare CR or LF in \(line.debugDescription)")
                #expect(line.utf8.count <= 75, "\(path): line longer than 75 octets")
                if line.hasPrefix(" "), !logical.isEmpty { logical[logical.count - 1] += line.dropFirst() } else { logical.append(line) }
            }
            let known: Set<String> = ["BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-CALDESC",
                                      "X-WR-TIMEZONE", "X-PUBLISHED-TTL", "REFRESH-INTERVAL", "NAME", "DESCRIPTION", "SOURCE",
                                      "URL", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "DTSTART", "DTEND", "RRULE", "UID",
                                      "DTSTAMP", "LAST-MODIFIED", "SUMMARY", "LOCATION", "GEO", "CATEGORIES", "STATUS",
                                      "SEQUENCE", "TRANSP", "ORGANIZER", "COLOR"]
            for line in logical {
                let name = String(line.prefix { $0 != ":" && $0 != ";" })
                #expect(known.contains(name), "\(path): unexpected property \(name.debugDescription)")
                #expect(!line.unicodeScalars.contains(where: LiveMarkupScanner.isForbiddenControl), "\(path): control character")
            }
            #expect(text.contains("\\;") && text.contains("\\,") && text.contains("\\\\"), "\(path): separators not escaped")
        }
    }

    @Test func outputPathsAreASCIISlugs() throws {
        let site = try Self.site()
        #expect(site.count > 10)
        for path in site.keys where path != ".kerne-output" {
            #expect(path.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-./".contains($0)) }, "\(path)")
            #expect(!path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }, "\(path)")
        }
    }

    @Test func aBaseURLOptionWithALineBreakIsRefused() throws {
        let temporary = try FixturePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let root = FixturePaths.site("valid-minimal")
        let options = BuildOptions(contentDirectory: root.appendingPathComponent("content"),
                                   themeDirectory: FixturePaths.defaultTheme,
                                   outputDirectory: temporary.appendingPathComponent("output"),
                                   baseURL: "https://example.org/\r\nX-Injected: 1", now: EndToEndTests.now)
        let report = SiteBuilder(options: options, displayBase: root).build()
        #expect(report.errors == ["--base-url 'https://example.org/\r\nX-Injected: 1' is not an absolute http(s) URL"])
        #expect(!FileManager.default.fileExists(atPath: temporary.appendingPathComponent("output").path))
    }
}
