import ArgumentParser

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Write a new content file from a template and print its path.",
        subcommands: [NewEditionCommand.self, NewEventCommand.self, NewNewsCommand.self])
}
