import ArgumentParser

@main
struct Kerne: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kerne",
        abstract: "Kerné, a static site generator for communities that run recurring events.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self])
}
