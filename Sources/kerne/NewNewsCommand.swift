import ArgumentParser
import Foundation
import SiteBuild
import SiteModel

struct NewNewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "news", abstract: "Write content/news/YYYY-MM-DD-slug.md, dated today in the site's time zone.")

    @Argument(help: "The title of the post.")
    var title: String

    @Option(help: "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: today).")
    var date: String?

    @Option(help: "The content folder.")
    var content = "content"

    func run() throws {
        let scaffolder = Scaffolder(contentDirectory: URL(fileURLWithPath: content))
        let postDate = try date.map(NewOptions.parseDate) ?? SiteBuilder.today(in: scaffolder.timeZone)
        let url = try NewOptions.run { () throws(BuildError) in try scaffolder.newNews(title: title, date: postDate) }
        print(scaffolder.displayPath(url))
    }
}
