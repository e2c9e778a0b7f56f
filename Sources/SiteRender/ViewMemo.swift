import Foundation
import SiteModel
import Templates

/// Edition summaries, each built once per render by the first page that shows it and shared
/// with every other (an edition shows on its neighbours, its tags, speakers, venue and the lists).
final class ViewMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var summaries: [EventID: [String: TemplateValue]] = [:]

    /// The summary of edition `number`, built by `make` when it is not there yet.
    func summary(of id: EventID, _ make: () -> [String: TemplateValue]) -> [String: TemplateValue] {
        if let known = lock.withLock({ summaries[id] }) { return known }
        // Built outside the lock: two threads may build the same one, with the same result.
        let made = make()
        lock.withLock { summaries[id] = made }
        return made
    }
}
