import ArgumentParser
import SiteBuild

@main
struct Kerne: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kerné, a static site generator for recurring events.")
    func run() throws {}
}
