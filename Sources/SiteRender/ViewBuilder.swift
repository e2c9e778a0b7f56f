import Concurrency
import Foundation
import SiteModel
import Templates

/// Turns model values into the objects the Mustache templates read.
/// Values are plain text (templates escape them with `{{ }}`) except keys ending in `HTML`.
struct ViewBuilder {
    let site: Site
    let index: SiteIndex
    let theme: CompiledTheme
    /// Calendar events by edition, shared with the calendars.
    let events: CalendarEventCache
    /// Edition summaries by number, each built once per render by the first page that shows it
    /// and shared with every other (an edition shows on its neighbours, its tags, speakers,
    /// venue and the lists).
    let summaries = Memo<EventID, [String: TemplateValue]>()

    var config: SiteConfig { site.config }
    var language: String { config.language }
    var zone: TimeZone { config.timeZone }

    /// A site path as written in links: prefixed with the base path of `base_url`.
    func link(_ path: String) -> String { config.basePath + path }

    /// A Markdown body on the page at `path`. Its root-relative links are site paths (as in the
    /// feeds), so under a base path (`/breizhpero`) they get it too, like the theme's links.
    func bodyHTML(_ body: RenderedMarkdown, at path: String) -> String {
        let html = ResponsiveMarkup.addingSrcset(to: body.html, images: site.images, link: link)
        guard !config.basePath.isEmpty else { return html }
        return AbsoluteLinks.absolutize(html: html, pageURL: config.basePath + path, baseURL: config.basePath)
    }

    func dateView(_ date: EventDate) -> [String: TemplateValue] {
        ["text": .string(DateText.long(date, language: language, in: zone)), "iso": .string(DateText.iso(date, in: zone)),
         "year": .string(String(date.year)), "badge": .object(DateText.badge(date, language: language, in: zone))]
    }

    func editionHeading(_ edition: Edition) -> String { edition.heading }

    func statusText(_ status: EditionStatus) -> String? {
        switch status {
        case .scheduled: return nil
        case .cancelled: return "Annulé"
        case .postponed: return "Reporté"
        }
    }

    func venueView(_ venue: Venue) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = ["name": .string(venue.name)]
        view["address"] = TemplateValue(venue.address)
        view["website"] = TemplateValue(venue.url)
        if let slug = venue.slug { view["url"] = .string(link("/lieux/\(slug)/")) }
        if let geo = venue.geo {
            view["mapURL"] = .string(String(format: "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/%.5f/%.5f",
                                            geo.latitude, geo.longitude, geo.latitude, geo.longitude))
        }
        return view
    }

    func speakerView(_ speaker: Speaker) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = ["name": .string(speaker.name), "url": .string(link("/intervenants/\(index.slug(speaker.name))/"))]
        view["affiliation"] = TemplateValue(speaker.affiliation)
        view["website"] = TemplateValue(speaker.url)
        return view
    }

    func tagView(name: String) -> [String: TemplateValue] {
        ["name": .string(name), "url": .string(link("/sujets/\(index.slug(name))/"))]
    }

    /// The short form used in lists and cards.
    func editionSummaryView(_ edition: Edition) -> [String: TemplateValue] {
        summaries.value(for: edition.id) { makeEditionSummaryView(edition) }
    }

    private func makeEditionSummaryView(_ edition: Edition) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = [
            "number": .int(edition.number), "title": .string(edition.title), "url": .string(link(edition.path)),
            // An unnumbered event's title is its heading already: above it stands its series' name.
            "heading": .string(edition.slug == nil ? editionHeading(edition) : edition.series.name),
            "date": .object(dateView(edition.date)),
            "numbered": .bool(edition.slug == nil), "seriesName": .string(edition.series.name),
            "seriesURL": .string(link("/\(edition.series.folder)/")),
            "otherSeries": .bool(edition.series.key != site.series.first?.key),
            "summary": .string(edition.summary),
            "speakers": TemplateValue(listView(edition.speakers.map(speakerView))), "hasSpeakers": .bool(!edition.speakers.isEmpty),
            "upcoming": .bool(edition.isUpcoming(relativeTo: index.now)),
        ]
        view["attendees"] = TemplateValue(edition.attendees)
        view["venue"] = TemplateValue(edition.venue.map(venueView))
        view["status"] = TemplateValue(statusText(edition.status))
        return view
    }

    /// What a series' page shows of its series.
    func seriesView(_ series: EventSeries) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = ["name": .string(series.name), "url": .string(link("/\(series.folder)/")),
                                             "isFirst": .bool(series.key == site.series.first?.key),
                                             "numbered": .bool(series.numbered)]
        view["description"] = TemplateValue(series.description)
        return view
    }

    /// `/photos/a-480.jpg 480w, /photos/a-960.jpg 960w`
    func srcset(_ files: [ImageFile]) -> String {
        files.map { "\(link($0.src)) \($0.width)w" }.joined(separator: ", ")
    }

    func editionView(_ edition: Edition) -> [String: TemplateValue] {
        var view = editionSummaryView(edition)
        addBody(edition.body, tags: edition.tags, at: edition.path, to: &view)
        view["hasPhotos"] = .bool(!edition.photos.isEmpty)
        view["photos"] = TemplateValue(edition.photos.map { photo -> [String: TemplateValue] in
            var photoView: [String: TemplateValue] = ["src": .string(link(photo.src)), "alt": .string(photo.alt)]
            photoView["width"] = TemplateValue(photo.width)
            photoView["height"] = TemplateValue(photo.height)
            if let image = site.images[photo.src], let largest = image.largest {
                photoView["src"] = .string(link(largest.src))
                photoView["width"] = TemplateValue(largest.width)
                photoView["height"] = TemplateValue(largest.height)
                photoView["srcset"] = .string(srcset(image.fallback))
                if !image.webP.isEmpty { photoView["webpSrcset"] = .string(srcset(image.webP)) }
            }
            return photoView
        })
        if edition.date.precision != .month {
            view["calendarURL"] = .string(link(edition.calendarPath))
            view["googleCalendarURL"] = TemplateValue(events.event(for: edition).map(CalendarRenderer.googleCalendarURL))
        }
        let (previous, next) = index.neighbours(of: edition)
        view["previous"] = TemplateValue(previous.map(editionSummaryView))
        view["next"] = TemplateValue(next.map(editionSummaryView))
        return view
    }

    func newsSummaryView(_ post: NewsPost) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = ["title": .string(post.title), "url": .string(link(post.path)),
                                             "date": .object(dateView(post.date)), "summary": .string(post.summary)]
        view["author"] = TemplateValue(post.author)
        return view
    }

    func newsView(_ post: NewsPost) -> [String: TemplateValue] {
        var view = newsSummaryView(post)
        addBody(post.body, tags: post.tags, at: post.path, to: &view)
        return view
    }

    /// What the page of an edition or a post shows beyond its summary: the body and the tags.
    private func addBody(_ body: RenderedMarkdown, tags: [String], at path: String, to view: inout [String: TemplateValue]) {
        view["bodyHTML"] = .string(bodyHTML(body, at: path))
        view["tags"] = TemplateValue(tags.map { tagView(name: $0) })
        view["hasTags"] = .bool(!tags.isEmpty)
    }

    /// Marks the last element (`last: true`) so templates can separate items with commas.
    func listView(_ items: [[String: TemplateValue]]) -> [[String: TemplateValue]] {
        items.enumerated().map { offset, item in
            var item = item
            item["last"] = .bool(offset == items.count - 1)
            return item
        }
    }

    /// Links every page template may use.
    var commonLinks: [String: TemplateValue] {
        ["homeURL": .string(link("/")), "editionsURL": .string(link("/\(site.series.first?.folder ?? "editions")/")), "newsURL": .string(link("/actualites/")),
         "speakersURL": .string(link("/intervenants/")), "agendaURL": .string(link("/agenda.ics"))]
    }

    /// Editions grouped by year, newest year and newest edition first.
    func editionsByYear(_ editions: [Edition]) -> [[String: TemplateValue]] {
        var groups: [[String: TemplateValue]] = []
        var currentYear: Int?
        var current: [[String: TemplateValue]] = []
        for edition in editions.reversed() {
            if edition.date.year != currentYear {
                if let year = currentYear { groups.append(["year": .string(String(year)), "editions": TemplateValue(current)]) }
                currentYear = edition.date.year
                current = []
            }
            current.append(editionSummaryView(edition))
        }
        if let year = currentYear { groups.append(["year": .string(String(year)), "editions": TemplateValue(current)]) }
        return groups
    }
}
