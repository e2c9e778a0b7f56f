import Foundation
import SiteModel

/// schema.org JSON-LD for events, news articles and breadcrumbs.
struct StructuredData {
    let site: Site
    var config: SiteConfig { site.config }
    var zone: TimeZone { config.timeZone }

    var organizer: JSONValue {
        .object(["@type": .string("Organization"), "name": .string(config.organizer ?? config.title),
                 "url": .string(config.absoluteURL("/"))])
    }

    /// What Google's Event rich results require (name, a full startDate, location) and recommend.
    /// Nil for an event known to the month only: a partial startDate is no date to them.
    func event(_ edition: Edition) -> JSONValue? {
        guard edition.date.precision != .month else { return nil }
        let rescheduled = edition.status == .scheduled && edition.previousDate != nil
        var event: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("Event"),
            "name": .string(edition.fullTitle),
            "startDate": .string(DateText.iso(edition.date, in: zone)),
            "endDate": .string(endDate(of: edition)),
            "eventStatus": .string(rescheduled ? "https://schema.org/EventRescheduled" : eventStatus(edition.status)),
            "eventAttendanceMode": .string("https://schema.org/OfflineEventAttendanceMode"),
            "url": .string(config.absoluteURL(edition.path)),
            "organizer": organizer,
            "description": .string(description(of: edition)),
        ]
        if let location = edition.venue.map(place) ?? config.location.map(area) { event["location"] = location }
        if !edition.speakers.isEmpty {
            event["performer"] = .array(edition.speakers.map(person))
        }
        if let image = image(of: edition) ?? logoPath.map(config.absoluteURL) { event["image"] = .string(image) }
        if let previous = edition.previousDate, previous.precision != .month {
            event["previousStartDate"] = .string(DateText.iso(previous, in: zone))
        }
        return .object(event)
    }

    /// The absolute URL of the edition's picture: its social card, else its first photo
    /// (by its widest published file when it was resized).
    func image(of edition: Edition) -> String? {
        if let card = site.editionCards[edition.path] { return config.absoluteURL(card) }
        guard let photo = edition.photos.first else { return nil }
        return config.absoluteURL(site.images[photo.src]?.largest?.src ?? photo.src)
    }

    /// The absolute URL of a post's or a page's picture, as its `og:image` and its JSON-LD
    /// `image` show it: the first image its body shows from `content/static/` (by its widest
    /// published file when it was resized), else nil, and the page shares the site's card. Not
    /// an SVG: the sites that show shared links take none.
    func image(ofBody body: RenderedMarkdown) -> String? {
        for source in body.images where source.hasPrefix("/") && !source.hasPrefix("//") {
            let path = String(source.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
            // As written, percent escapes and all; the site's files are named without them.
            guard let file = path.removingPercentEncoding,
                  Self.sharedImageExtensions.contains(file.split(separator: ".").last?.lowercased() ?? "") else { continue }
            if let published = site.images[file]?.largest { return config.absoluteURL(published.src) }
            if site.staticFiles.contains(String(file.dropFirst())) { return config.absoluteURL(path) }
        }
        return nil
    }

    static let sharedImageExtensions: Set<String> = ["jpg", "jpeg", "png", "webp", "gif"]

    /// What a page's `og:image` shows: its own picture, else the site's card.
    func pageImage(_ own: String?) -> String? {
        own ?? site.siteCard.map(config.absoluteURL)
    }

    /// `end`, else the start plus `event_duration` for a timed event, else its day.
    private func endDate(of edition: Edition) -> String {
        if let end = edition.end, end.precision != .month { return DateText.iso(end, in: zone) }
        guard edition.date.precision == .time else { return DateText.iso(edition.date, in: zone) }
        let start = edition.date.startInstant(in: zone)
        let end = start.addingTimeInterval(Double(max(config.eventDurationMinutes, 1)) * 60)
        let offset = zone.secondsFromGMT(for: end)
        return String(FeedTimestamp(secondsSinceEpoch: Int(end.timeIntervalSince1970), utcOffsetSeconds: offset - offset % 60).rfc3339)
    }

    private func description(of edition: Edition) -> String {
        if !edition.summary.isEmpty { return edition.summary }
        return edition.body.summaryText.isEmpty ? edition.fullTitle : edition.body.summaryText
    }

    /// The site's logo, as the layout finds it, for events without a photo.
    private var logoPath: String? {
        ["logo.png", "logo.svg", "favicon.svg"].first(where: site.staticFiles.contains).map { "/" + $0 }
    }

    /// `location` of site.yml: a town or an area, as a Place whose address is that text.
    private func area(_ name: String) -> JSONValue {
        .object(["@type": .string("Place"), "name": .string(name), "address": .string(name)])
    }

    /// `image`: the page's `og:image` (`pageImage`), so that shares and search engines show the same.
    func article(_ post: NewsPost, image: String? = nil) -> JSONValue {
        var article: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("NewsArticle"),
            "headline": .string(post.title),
            "datePublished": .string(DateText.iso(post.date, in: zone)),
            "dateModified": .string(DateText.iso(post.updated ?? post.date, in: zone)),
            "mainEntityOfPage": .string(config.absoluteURL(post.path)),
            "url": .string(config.absoluteURL(post.path)),
            "publisher": organizer,
            "inLanguage": .string(config.language),
        ]
        if let author = post.author {
            article["author"] = .object(["@type": .string("Person"), "name": .string(author)])
        } else {
            article["author"] = organizer
        }
        if !post.summary.isEmpty { article["description"] = .string(post.summary) }
        if let image { article["image"] = .string(image) }
        return .object(article)
    }

    /// A standalone page (« À propos »): what it is, in which language, and its picture.
    func webPage(_ page: Page, description: String, image: String?) -> JSONValue {
        var webPage: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("WebPage"),
            "name": .string(page.title),
            "url": .string(config.absoluteURL(page.path)),
            "description": .string(description),
            "inLanguage": .string(config.language),
            "publisher": organizer,
        ]
        if let image { webPage["image"] = .string(image) }
        return .object(webPage)
    }

    /// Home › trail…; the last crumb is the page itself.
    func breadcrumbs(_ trail: [(name: String, path: String)]) -> JSONValue {
        let items = trail.enumerated().map { offset, crumb -> JSONValue in
            .object(["@type": .string("ListItem"), "position": .number(Double(offset + 1)),
                     "name": .string(crumb.name), "item": .string(config.absoluteURL(crumb.path))])
        }
        return .object(["@context": .string("https://schema.org"), "@type": .string("BreadcrumbList"),
                        "itemListElement": .array(items)])
    }

    private func place(_ venue: Venue) -> JSONValue {
        var place: [String: JSONValue] = ["@type": .string("Place"), "name": .string(venue.name)]
        if let address = venue.address {
            place["address"] = .object(["@type": .string("PostalAddress"), "streetAddress": .string(address)])
        }
        if let geo = venue.geo {
            place["geo"] = .object(["@type": .string("GeoCoordinates"), "latitude": .number(geo.latitude),
                                    "longitude": .number(geo.longitude)])
        }
        if let url = venue.url { place["url"] = .string(url) }
        return .object(place)
    }

    private func person(_ speaker: Speaker) -> JSONValue {
        var person: [String: JSONValue] = ["@type": .string("Person"), "name": .string(speaker.name)]
        if let affiliation = speaker.affiliation {
            person["affiliation"] = .object(["@type": .string("Organization"), "name": .string(affiliation)])
        }
        if let url = speaker.url { person["url"] = .string(url) }
        return .object(person)
    }

    private func eventStatus(_ status: EditionStatus) -> String {
        switch status {
        case .scheduled: return "https://schema.org/EventScheduled"
        case .cancelled: return "https://schema.org/EventCancelled"
        case .postponed: return "https://schema.org/EventPostponed"
        }
    }
}
