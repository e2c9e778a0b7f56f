import ArgumentParser
import SiteBuild

struct NewEditionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edition",
        abstract: "Write an event of the first series (content/editions/NN-slug.md) with its next number.")

    @OptionGroup var options: NewEventOptions

    func run() throws {
        try options.writeEvent { scaffolder, date, speakers throws(BuildError) in
            try scaffolder.newEdition(title: options.title, date: date, speakers: speakers,
                                     published: SiteBuilder.today(in: scaffolder.timeZone))
        }
    }
}
