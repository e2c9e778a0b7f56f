import ArgumentParser
import Foundation
import SiteBuild
import SiteModel

/// The options of `kerne new edition` and `kerne new event`, and what they give the scaffolder.
struct NewEventOptions: ParsableArguments {
    @Option(help: "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: next month).")
    var date: String?

    @Option(help: "The title, the topic of the evening (default: a placeholder in the site's language).")
    var title: String?

    @Option(name: .customLong("speaker"), help: "A speaker, as \"Name, Organisation\"; repeat for several.")
    var speakers: [String] = []

    @Option(help: "The content folder.")
    var content = "content"

    /// Writes the file that `write` makes from the parsed options, and prints its path.
    func writeEvent(
        _ write: (Scaffolder, _ date: EventDate, _ speakers: [EditionScaffold.Speaker]) throws(BuildError) -> URL
    ) throws {
        let scaffolder = Scaffolder(contentDirectory: URL(fileURLWithPath: content))
        let eventDate = try date.map(NewOptions.parseDate)
            ?? EditionScaffold.defaultDate(today: SiteBuilder.today(in: scaffolder.timeZone))
        let parsedSpeakers = try speakers.map { text in
            guard let speaker = EditionScaffold.Speaker.parse(text) else {
                throw ValidationError("--speaker needs a name, as \"Name, Organisation\"; got '\(text)'")
            }
            return speaker
        }
        let url = try NewOptions.run { () throws(BuildError) in
            try write(scaffolder, eventDate, parsedSpeakers)
        }
        print(scaffolder.displayPath(url))
    }
}
