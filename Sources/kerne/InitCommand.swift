import ArgumentParser
import Foundation
import KerneCommandLine
import SiteBuild
import SiteModel

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a new site into DIR (new or empty) that builds and passes `kerne check` as it is.")

    @Argument(help: "The folder of the new site.")
    var directory: String

    @Option(help: "The site's title.")
    var title: String?

    @Option(help: "fr or en (en-GB, en-US...): the language of the site and of its example content.")
    var language = "fr"

    @Option(help: "The IANA time zone events are in (default: this machine's).")
    var timezone: String?

    @Option(name: .customLong("base-url"), help: "Where the site will be published.")
    var baseURL = "https://example.org"

    func validate() throws {
        guard StarterSite.supports(language: language) else {
            throw ValidationError("--language takes fr or en (or en-GB, en-US...); got '\(language)'")
        }
        if let timezone, TimeZone(identifier: timezone) == nil {
            throw ValidationError("--timezone takes an IANA name such as Europe/Paris; got '\(timezone)'")
        }
        guard let url = URLComponents(string: baseURL), ["http", "https"].contains(url.scheme ?? ""),
              !(url.host ?? "").isEmpty else {
            throw ValidationError("--base-url takes an absolute http(s) address; got '\(baseURL)'")
        }
    }

    func run() throws {
        let zone = timezone ?? TimeZone.current.identifier
        let english = language.hasPrefix("en")
        let starter = StarterSite(title: title ?? (english ? "Our meetups" : "Nos rencontres"), language: language,
                                  timeZoneIdentifier: TimeZone(identifier: zone) == nil ? "UTC" : zone, baseURL: baseURL,
                                  today: SiteBuilder.today(in: TimeZone(identifier: zone) ?? .gmt))
        do {
            for path in try starter.write(to: URL(fileURLWithPath: directory)) {
                print((directory as NSString).appendingPathComponent(path))
            }
        } catch {
            Terminal.writeError(DiagnosticFormatter(colors: Terminal.colorsOnStandardError) { _, _ in nil }
                .format(error: error.description))
            throw ExitCode(1)
        }
    }
}
