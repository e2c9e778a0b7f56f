import ArgumentParser
import SiteBuild

struct NewEventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Write an event of a series of series.yml: the next number, or a slug from the title.")

    @Option(help: "The key of the series in series.yml (default: the first).")
    var series: String?

    @OptionGroup var options: NewEventOptions

    func run() throws {
        try options.writeEvent { scaffolder, date, speakers throws(BuildError) in
            try scaffolder.newEvent(series: series, title: options.title, date: date, speakers: speakers,
                                   published: SiteBuilder.today(in: scaffolder.timeZone))
        }
    }
}
