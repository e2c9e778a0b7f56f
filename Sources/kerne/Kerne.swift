import ArgumentParser
import KerneCommandLine

@main
struct Kerne: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kerne",
        abstract: "Kerné, a static site generator for communities that run recurring events.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeHandOverCommand.self, NewCommand.self, InitCommand.self])

    static func main() async {
        MallocTuning.keepSpareMemory()
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == "serve" { ServeHandOverCommand.handOver(Array(arguments.dropFirst())) }
        if Array(arguments.prefix(2)) == ["help", "serve"] { ServeHandOverCommand.handOver(["--help"]) }
        await main(nil)
    }
}
