import ArgumentParser
import Foundation
import SiteBuild
import SiteModel

struct NewEditionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edition",
        abstract: "Write an event of the first series (content/editions/NN-slug.md) with its next number.")

    @Option(help: "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: next month).")
    var date: String?

    @Option(help: "The topic of the evening (default: « \(EditionScaffold.placeholderTitle) »).")
    var title: String?

    @Option(name: .customLong("speaker"), help: "A speaker, as \"Name, Organisation\"; repeat for several.")
    var speakers: [String] = []

    @Option(help: "The content folder.")
    var content = "content"

    func run() throws {
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
            try scaffolder.newEdition(title: title, date: eventDate, speakers: parsedSpeakers,
                published: SiteBuilder.today(in: scaffolder.timeZone))
        }
        print(scaffolder.displayPath(url))
    }
}
