public enum EditionStatus: String, Hashable, Sendable, CaseIterable {
    case scheduled, cancelled, postponed
}
