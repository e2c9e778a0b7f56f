/// The few words an edition's feed text needs, in the site's language (French or English).
struct FeedEditionLabels {
    let date: String
    let venue: String
    let speaker: String
    let speakers: String
    let cancelled: String
    let postponed: String
    /// Before the title of the item: « Annulé — ».
    let cancelledTitle: String
    let postponedTitle: String
    let movedTitle: String

    init(language: String) {
        if language.lowercased().hasPrefix("fr") {
            // French puts a no-break space before the colon.
            date = "Date\u{a0}:"
            venue = "Lieu\u{a0}:"
            speaker = "Intervenant\u{a0}:"
            speakers = "Intervenants\u{a0}:"
            cancelled = "Annulé."
            postponed = "Reporté."
            cancelledTitle = "Annulé — "
            postponedTitle = "Reporté — "
            movedTitle = "Nouvelle date — "
        } else {
            date = "Date:"
            venue = "Venue:"
            speaker = "Speaker:"
            speakers = "Speakers:"
            cancelled = "Cancelled."
            postponed = "Postponed."
            cancelledTitle = "Cancelled — "
            postponedTitle = "Postponed — "
            movedTitle = "New date — "
        }
    }
}
