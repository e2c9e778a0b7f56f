import Foundation
import SiteModel
import Testing
@testable import SiteRender
import TestSupport

/// The feeds work out instants only for dates near the newest ones; what they keep must be what
/// sorting every item by its instant keeps, whatever the time zone and written offsets.
@Suite struct FeedItemSelectionTests {
    typealias Support = FeedTestSupport

    /// Every item's instant worked out, all sorted: the plain definition.
    private func expected(_ site: Site) -> [String] {
        let zone = site.config.timeZone
        func newest(_ date: EventDate, isEvent: Bool) -> FeedTimestamp {
            FeedTimestamp(FeedDating(date: date, published: nil, updated: nil, isEvent: isEvent, now: nil).modified, in: zone)
        }
        let all = site.editions.map { (newest($0.date, isEvent: true), site.config.absoluteURL($0.path), $0.path) }
            + site.news.map { (newest($0.date, isEvent: false), site.config.absoluteURL($0.path), $0.path) }
        let sorted = all.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        return sorted.prefix(max(0, site.config.feedItems)).map(\.2)
    }

    @Test(arguments: ["Europe/Paris", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
    func keepsWhatSortingEveryItemKeeps(_ zone: String) {
        var generator = SeededGenerator(seed: 0xFEED)
        func next(_ bound: Int) -> Int { generator.next(below: bound) }
        // Dates crowded into a few days, as month, day or time, some with offsets far from the zone's.
        func date() -> String {
            let day = String(format: "2013-03-%02d", 25 + next(7))
            switch next(5) {
            case 0: return "2013-03"
            case 1: return day
            case 2: return day + String(format: "T%02d:%02d+14:00", next(24), next(60))
            case 3: return day + String(format: "T%02d:%02d-12:00", next(24), next(60))
            default: return day + String(format: "T%02d:%02d", next(24), next(60))
            }
        }
        for feedItems in [1, 5, 20] {
            let site = Site(config: Support.config(feedItems: feedItems, timeZone: zone),
                            editions: (1...300).map { Support.edition($0, date()) },
                            news: (1...100).map { Support.news("n\($0)", date()) })
            let kept = FeedItemSelection.selected(from: site).map { source -> String in
                switch source {
                case .edition(let edition): return edition.path
                case .news(let post): return post.path
                }
            }
            #expect(kept.count == feedItems)
            #expect(kept == expected(site), "\(zone), \(feedItems) items")
        }
    }
}
