public enum EditionStatus: String, Hashable, Sendable, CaseIterable, Codable {
    case scheduled, cancelled, postponed
}
