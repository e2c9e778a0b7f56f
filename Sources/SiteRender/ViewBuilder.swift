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
    var words: InterfaceWords { config.words }
    var zone: TimeZone { config.timeZone }

    /// A site path as written in links: prefixed with the base path of `base_url`.
    func link(_ path: String) -> String { config.basePath + path }

    /// `webcal://…` for the calendar at site path `path`: calendar apps subscribe to it.
    func webcal(_ path: String) -> String {
        let https = config.absoluteURL(path)
        guard let colon = https.firstIndex(of: ":") else { return https }
        return "webcal" + https[colon...]
    }

    /// A Markdown body on the page at `path`. Its root-relative links are site paths (as in the
    /// feeds), so under a base path (`/breizhpero`) they get it too, like the theme's links.
    func bodyHTML(_ body: RenderedMarkdown, at path: String) -> String {
        let html = ResponsiveMarkup.adding(to: body.html, .init(site: site, sizes: theme.imageSizes, link: link))
        guard !config.basePath.isEmpty else { return html }
        return AbsoluteLinks.absolutize(html: html, pageURL: config.basePath + path, baseURL: config.basePath)
    }

    func dateView(_ date: EventDate) -> [String: TemplateValue] {
        ["text": .string(DateText.long(date, words: words, in: zone)), "iso": .string(DateText.iso(date, in: zone)),
         "year": .string(String(date.year)), "badge": .object(DateText.badge(date, words: words, in: zone))]
    }

    func editionHeading(_ edition: Edition) -> String { edition.heading }

    func statusText(_ status: EditionStatus) -> String? {
        switch status {
        case .scheduled: return nil
        case .cancelled: return words["status_cancelled"]
        case .postponed: return words["status_postponed"]
        }
    }

    /// A view carries every key of its shape, a missing value as `null`: Mustache looks a name up
    /// in the enclosing views when the innermost has no such key, so inside `{{#venue}}` a venue
    /// without `url` would otherwise link to the edition's own `url`.
    func nullable(_ value: TemplateValue?) -> TemplateValue { value ?? .null }

    /// A named venue of an event always has its page (`SiteIndex.venues` keeps those with events).
    func venueView(_ venue: Venue) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = ["name": .string(venue.name)]
        view["address"] = nullable(TemplateValue(venue.address))
        view["website"] = nullable(TemplateValue(venue.url))
        view["url"] = nullable(venue.slug.map { .string(link("\(site.config.urlWords.venuesFolder)\($0)/")) })
        view["mapURL"] = nullable(venue.geo.map { geo in
            .string(String(format: "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/%.5f/%.5f",
                           geo.latitude, geo.longitude, geo.latitude, geo.longitude))
        })
        return view
    }

    func speakerView(_ speaker: Speaker) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = ["name": .string(speaker.name), "url": .string(link("\(site.config.urlWords.speakersFolder)\(index.slug(speaker.name))/"))]
        view["affiliation"] = nullable(TemplateValue(speaker.affiliation))
        view["website"] = nullable(TemplateValue(speaker.url))
        return view
    }

    func tagView(name: String) -> [String: TemplateValue] {
        ["name": .string(name), "url": .string(link("\(site.config.urlWords.tagsFolder)\(index.slug(name))/"))]
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
        view["attendees"] = nullable(TemplateValue(edition.attendees))
        view["attendeesText"] = nullable(edition.attendees.map { .string(words.plural("attendees", count: $0)) })
        view["speakersLabel"] = .string(words.plural("fact_speakers", count: edition.speakers.count))
        view["venue"] = nullable(TemplateValue(edition.venue.map(venueView)))
        view["status"] = nullable(TemplateValue(statusText(edition.status)))
        return view
    }

    /// What a series' page shows of its series.
    func seriesView(_ series: EventSeries) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = ["name": .string(series.name), "url": .string(link("/\(series.folder)/")),
                                             "isFirst": .bool(series.key == site.series.first?.key),
                                             "numbered": .bool(series.numbered)]
        view["description"] = nullable(TemplateValue(series.description))
        return view
    }

    /// `/photos/a-480.jpg 480w, /photos/a-960.jpg 960w`
    func srcset(_ files: [ImageFile]) -> String {
        files.map { "\(link($0.src)) \($0.width)w" }.joined(separator: ", ")
    }

    func editionView(_ edition: Edition) -> [String: TemplateValue] {
        var view = editionSummaryView(edition)
        addBody(edition.body, tags: edition.tags, at: edition.path, to: &view)
        // For the h-event microformat: the page's own address and, when known, the end.
        view["absoluteURL"] = .string(config.absoluteURL(edition.path))
        view["endISO"] = nullable(edition.end.flatMap { $0.precision == .month ? nil : .string(DateText.iso($0, in: zone)) })
        view["hasPhotos"] = .bool(!edition.photos.isEmpty)
        view["photos"] = TemplateValue(edition.photos.map { photo -> [String: TemplateValue] in
            var photoView: [String: TemplateValue] = ["src": .string(link(photo.src)), "alt": .string(photo.alt)]
            photoView["width"] = nullable(TemplateValue(photo.width))
            photoView["height"] = nullable(TemplateValue(photo.height))
            photoView["srcset"] = .null
            photoView["webpSrcset"] = .null
            photoView["sizes"] = .string(theme.gallerySizes)
            if let image = site.images[photo.src], let largest = image.largest {
                photoView["src"] = .string(link(largest.src))
                photoView["width"] = TemplateValue(largest.width)
                photoView["height"] = TemplateValue(largest.height)
                photoView["srcset"] = .string(srcset(image.fallback))
                if !image.webP.isEmpty { photoView["webpSrcset"] = .string(srcset(image.webP)) }
            }
            return photoView
        })
        for key in ["calendarURL", "webcalURL", "googleCalendarURL", "outlookURL", "outlookLiveURL"] { view[key] = .null }
        // Nothing to add to a calendar when the event has no day or will not take place.
        if edition.status != .cancelled, let event = events.event(for: edition) {
            view["calendarURL"] = .string(link(edition.calendarPath))
            view["webcalURL"] = .string(webcal(edition.calendarPath))
            view["googleCalendarURL"] = .string(CalendarRenderer.googleCalendarURL(for: event))
            view["outlookURL"] = .string(CalendarRenderer.outlookCalendarURL(for: event, host: "outlook.office.com"))
            view["outlookLiveURL"] = .string(CalendarRenderer.outlookCalendarURL(for: event, host: "outlook.live.com"))
        }
        let (previous, next) = index.neighbours(of: edition)
        view["previous"] = nullable(TemplateValue(previous.map(editionSummaryView)))
        view["next"] = nullable(TemplateValue(next.map(editionSummaryView)))
        return view
    }

    func newsSummaryView(_ post: NewsPost) -> [String: TemplateValue] {
        var view: [String: TemplateValue] = ["title": .string(post.title), "url": .string(link(post.path)),
                                             "date": .object(dateView(post.date)), "summary": .string(post.summary)]
        view["author"] = nullable(TemplateValue(post.author))
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
        ["homeURL": .string(link("/")), "editionsURL": .string(link("/\(site.series.first?.folder ?? "editions")/")), "newsURL": .string(link(site.config.urlWords.newsFolder)),
         "speakersURL": .string(link(site.config.urlWords.speakersFolder)), "agendaURL": .string(link("/agenda.ics"))]
    }

    /// Every text of the theme's strings by key; a plural word in its `other` form.
    var textsView: TemplateValue {
        .object(words.entries.keys.reduce(into: [:]) { texts, key in
            if case .list = words.entries[key] { return }
            texts[key] = .string(words[key])
        })
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
