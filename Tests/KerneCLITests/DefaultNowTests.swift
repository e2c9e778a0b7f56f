import Foundation
import TestSupport
import Testing

/// Without `--now`, the reference day is today in the site's time zone, whatever the machine's.
/// Kiritimati (UTC+14) is always one or two days ahead of Pago Pago (UTC−11): an edition on
/// Kiritimati's today is past there and upcoming in Pago Pago.
@Suite struct DefaultNowTests {
    static func today(in zone: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: zone)
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    /// The home page built without `--now` for a site in `siteZone`, on a machine in `machineZone`.
    static func home(siteZone: String, machineZone: String, edition day: String) throws -> String {
        let site = try ScratchSite(["editions/01-aujourdhui.md": "---\nedition: 1\ntitle: Aujourd'hui à Kiritimati\ndate: \(day)\n---\nTexte.\n"],
                                   siteFile: ScratchSite.minimalSiteFile + "timezone: \(siteZone)\n")
        let result = try KerneProcess.run(["build", "--output", "out", "--quiet", "--no-cache"], in: site.root,
                                          environment: ["TZ": machineZone])
        try #require(result.status == 0, "\(result.standardError)")
        let page = String(decoding: try #require(site.tree("out")["index.html"]), as: UTF8.self)
        // The « Prochain rendez-vous » section: the upcoming edition, or a note that none is.
        let start = try #require(page.range(of: "<section class=\"next\""))
        return page[start.lowerBound...].components(separatedBy: "</section>")[0]
    }

    @Test func todayIsTheSiteTimeZonesToday() throws {
        // Built again if Kiritimati's day changed meanwhile (at 10:00 UTC).
        for _ in 0..<2 {
            let day = Self.today(in: "Pacific/Kiritimati")
            let ahead = try Self.home(siteZone: "Pacific/Kiritimati", machineZone: "Pacific/Pago_Pago", edition: day)
            let behind = try Self.home(siteZone: "Pacific/Pago_Pago", machineZone: "Pacific/Kiritimati", edition: day)
            guard Self.today(in: "Pacific/Kiritimati") == day else { continue }
            #expect(ahead.contains("Prochaine date bientôt annoncée.") && !ahead.contains("Kiritimati"),
                    "today in Kiritimati is not upcoming there: \(ahead)")
            #expect(behind.contains("Kiritimati</a></h3>") && !behind.contains("Prochaine date bientôt annoncée."),
                    "Kiritimati's today is upcoming in Pago Pago: \(behind)")
            return
        }
        Issue.record("Kiritimati's day changed during both attempts")
    }
}
