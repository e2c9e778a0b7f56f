import Foundation
import SiteModel

/// The series of a content folder as series.yml gives them (without it, the one default series),
/// for the commands that write an event: a broken series.yml gives the series it could read.
public enum SeriesList {
    public static func read(contentDirectory: URL) -> [EventSeries] {
        let url = contentDirectory.appendingPathComponent("series.yml")
        guard FileManager.default.fileExists(atPath: url.path) else { return [.single(named: "")] }
        let context = FileLoadContext(config: SiteConfig(title: "", baseURL: ""), paths: DisplayPaths(base: nil))
        let log = context.makeLog(for: url)
        guard let node = ContentDocument.yaml(at: url, log: log) else { return [] }
        return SeriesParser.parseFile(node, context: context, log: log).series
    }
}
