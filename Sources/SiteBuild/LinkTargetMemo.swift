import Foundation

/// Whether a root-relative destination (`/editions/4/`) leads somewhere, remembered across
/// pages: the menu, feeds and lists link to the same places from every page.
final class LinkTargetMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: Bool] = [:]

    func leadsSomewhere(_ value: String, _ work: () -> Bool) -> Bool {
        if let answer = lock.withLock({ known[value] }) { return answer }
        let answer = work()
        lock.withLock { known[value] = answer }
        return answer
    }
}
