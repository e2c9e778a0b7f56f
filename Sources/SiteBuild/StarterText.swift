/// What `kerne init` writes in the site's language: an example to replace, never the interface
/// (that is the theme's).
struct StarterText {
    var tagline: String
    var seriesFolder: String
    var seriesDescription: String
    var venueKey: String
    var venueName: String
    var eventTitle: String
    var eventBody: String
    var tags: [String]
    var newsTitle: String
    var newsSlug: String
    var newsBody: String
    var pageSlug: String
    var pageTitle: String
    var pageBody: String

    static let french = StarterText(
        tagline: "Nos rencontres, leurs comptes rendus et nos actualités",
        seriesFolder: "editions",
        seriesDescription: "Toutes nos rencontres, de la prochaine à la première.",
        venueKey: "salle", venueName: "Salle de réunion",
        eventTitle: "Première rencontre",
        eventBody: """
            L'annonce de la rencontre : de quoi on parlera, qui interviendra, où et quand.

            Une fois la soirée passée, écrivez ici son compte rendu et ajoutez `attendees:`.
            """,
        tags: ["communauté"],
        newsTitle: "Bienvenue", newsSlug: "bienvenue",
        newsBody: "Le site est ouvert. Les actualités s'écrivent dans `content/news/`.",
        pageSlug: "a-propos", pageTitle: "À propos",
        pageBody: "Qui nous sommes, ce que nous faisons et comment nous rejoindre.")

    static let english = StarterText(
        tagline: "Our meetups, their recaps and our news",
        seriesFolder: "events",
        seriesDescription: "All our meetups, from the next one back to the first.",
        venueKey: "room", venueName: "Meeting room",
        eventTitle: "First meetup",
        eventBody: """
            The announcement of the meetup: what it is about, who speaks, where and when.

            Once it has taken place, write its recap here and add `attendees:`.
            """,
        tags: ["community"],
        newsTitle: "Welcome", newsSlug: "welcome",
        newsBody: "The site is open. News posts are written in `content/news/`.",
        pageSlug: "about", pageTitle: "About",
        pageBody: "Who we are, what we do and how to join us.")

    /// English for `en`, `en-GB`...; French otherwise.
    static func of(language: String) -> StarterText {
        language.split(separator: "-").first?.lowercased() == "en" ? english : french
    }
}
