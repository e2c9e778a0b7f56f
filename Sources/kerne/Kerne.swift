import ArgumentParser

@main
struct Kerne: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kerne",
        abstract: "Kerné, a static site generator for communities that run recurring events.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self])
}
