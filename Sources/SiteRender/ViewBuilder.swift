import Foundation
import SiteModel

/// Turns model values into the dictionaries the Mustache templates read.
/// Values are plain text (templates escape them with `{{ }}`) except keys ending in `HTML`.
struct ViewBuilder {
    let site: Site
    let index: SiteIndex
    let theme: CompiledTheme

    var config: SiteConfig { site.config }
    var language: String { config.language }
    var zone: TimeZone { config.timeZone }

    /// A site path as written in links: prefixed with the base path of `base_url`.
    func link(_ path: String) -> String { config.basePath + path }

    /// A Markdown body on the page at `path`. Its root-relative links are site paths (as in the
    /// feeds), so under a base path (`/breizhpero`) they get it too, like the theme's links.
    func bodyHTML(_ body: RenderedMarkdown, at path: String) -> String {
        guard !config.basePath.isEmpty else { return body.html }
        return AbsoluteLinks.absolutize(html: body.html, pageURL: config.basePath + path, baseURL: config.basePath)
    }

    func dateView(_ date: EventDate) -> [String: Any] {
        ["text": DateText.long(date, language: language, in: zone), "iso": DateText.iso(date, in: zone),
         "year": String(date.year), "badge": DateText.badge(date, language: language, in: zone)]
    }

    func editionHeading(_ edition: Edition) -> String { config.editionLabel(edition.number) }

    func statusText(_ status: EditionStatus) -> String? {
        switch status {
        case .scheduled: return nil
        case .cancelled: return "Annulé"
        case .postponed: return "Reporté"
        }
    }

    func venueView(_ venue: Venue) -> [String: Any] {
        var view: [String: Any] = ["name": venue.name]
        view["address"] = venue.address
        view["website"] = venue.url
        if let slug = venue.slug { view["url"] = link("/lieux/\(slug)/") }
        if let geo = venue.geo {
            view["mapURL"] = String(format: "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/%.5f/%.5f",
                                    geo.latitude, geo.longitude, geo.latitude, geo.longitude)
        }
        return view
    }

    func speakerView(_ speaker: Speaker) -> [String: Any] {
        var view: [String: Any] = ["name": speaker.name, "url": link("/intervenants/\(index.slug(speaker.name))/")]
        view["affiliation"] = speaker.affiliation
        view["website"] = speaker.url
        return view
    }

    func tagView(name: String) -> [String: Any] {
        ["name": name, "url": link("/sujets/\(index.slug(name))/")]
    }

    /// The short form used in lists and cards.
    func editionSummaryView(_ edition: Edition) -> [String: Any] {
        var view: [String: Any] = [
            "number": edition.number, "title": edition.title, "url": link(edition.path),
            "heading": editionHeading(edition), "date": dateView(edition.date), "summary": edition.summary,
            "speakers": listView(edition.speakers.map(speakerView)), "hasSpeakers": !edition.speakers.isEmpty,
            "upcoming": edition.isUpcoming(relativeTo: index.now),
        ]
        view["attendees"] = edition.attendees
        view["venue"] = edition.venue.map(venueView)
        view["status"] = statusText(edition.status)
        return view
    }

    func editionView(_ edition: Edition) -> [String: Any] {
        var view = editionSummaryView(edition)
        view["bodyHTML"] = bodyHTML(edition.body, at: edition.path)
        view["tags"] = edition.tags.map { tagView(name: $0) }
        view["hasTags"] = !edition.tags.isEmpty
        view["hasPhotos"] = !edition.photos.isEmpty
        view["photos"] = edition.photos.map { photo -> [String: Any] in
            var photoView: [String: Any] = ["src": link(photo.src), "alt": photo.alt]
            photoView["width"] = photo.width
            photoView["height"] = photo.height
            return photoView
        }
        if edition.date.precision != .month {
            view["calendarURL"] = link(edition.calendarPath)
            view["googleCalendarURL"] = CalendarRenderer.googleCalendarURL(for: edition, site: site)
        }
        let (previous, next) = index.neighbours(of: edition)
        view["previous"] = previous.map(editionSummaryView)
        view["next"] = next.map(editionSummaryView)
        return view
    }

    func newsSummaryView(_ post: NewsPost) -> [String: Any] {
        var view: [String: Any] = ["title": post.title, "url": link(post.path), "date": dateView(post.date),
                                   "summary": post.summary]
        view["author"] = post.author
        return view
    }

    func newsView(_ post: NewsPost) -> [String: Any] {
        var view = newsSummaryView(post)
        view["bodyHTML"] = bodyHTML(post.body, at: post.path)
        view["tags"] = post.tags.map { tagView(name: $0) }
        view["hasTags"] = !post.tags.isEmpty
        return view
    }

    /// Marks the last element (`last: true`) so templates can separate items with commas.
    func listView(_ items: [[String: Any]]) -> [[String: Any]] {
        items.enumerated().map { offset, item in
            var item = item
            item["last"] = offset == items.count - 1
            return item
        }
    }

    /// Links every page template may use.
    var commonLinks: [String: Any] {
        ["homeURL": link("/"), "editionsURL": link("/editions/"), "newsURL": link("/actualites/"),
         "speakersURL": link("/intervenants/"), "agendaURL": link("/agenda.ics")]
    }

    /// Editions grouped by year, newest year and newest edition first.
    func editionsByYear(_ editions: [Edition]) -> [[String: Any]] {
        var groups: [[String: Any]] = []
        var currentYear: Int?
        var current: [[String: Any]] = []
        for edition in editions.reversed() {
            if edition.date.year != currentYear {
                if let year = currentYear { groups.append(["year": String(year), "editions": current]) }
                currentYear = edition.date.year
                current = []
            }
            current.append(editionSummaryView(edition))
        }
        if let year = currentYear { groups.append(["year": String(year), "editions": current]) }
        return groups
    }
}
