import Foundation
import SiteModel

/// The loader on one file held in memory, for the fuzzers: the bytes are read as an edition,
/// then as `site.yml`, `venues.yml` and `series.yml`, exactly as the loader reads files from disk.
package enum InMemoryContent {
    package static func diagnostics(forFile bytes: [UInt8]) -> [Diagnostic] {
        let decoded = SourceText.decode(Data(bytes))
        let config = SiteConfig(title: "Fuzz", baseURL: "https://example.org")
        let context = FileLoadContext(config: config, staticFiles: ["photos/a.jpg"], paths: DisplayPaths(base: nil))

        let editionLog = DiagnosticLog(path: "editions/fuzz.md")
        let edition = EditionParser.parse(ContentDocument.markdown(decoded, log: editionLog), sourcePath: "editions/fuzz.md",
                                          series: .single(named: "Fuzz"), context: context, log: editionLog)

        let siteLog = DiagnosticLog(path: "site.yml")
        if let node = ContentDocument.yaml(decoded, log: siteLog) { _ = SiteConfigParser.parse(node, log: siteLog) }

        let venuesLog = DiagnosticLog(path: "venues.yml")
        if let node = ContentDocument.yaml(decoded, log: venuesLog) {
            _ = VenueParser.parseFile(node, context: context, log: venuesLog)
        }
        let seriesLog = DiagnosticLog(path: "series.yml")
        if let node = ContentDocument.yaml(decoded, log: seriesLog) {
            _ = SeriesParser.parseFile(node, context: context, log: seriesLog)
        }
        return edition.diagnostics + siteLog.items + venuesLog.items + seriesLog.items
    }
}
