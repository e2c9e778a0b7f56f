import Escaping
import SiteModel

extension FeedItem {
    /// « Breizh’péro #4 — Le référencement naturel », whose text starts with the date,
    /// the venue and the speakers, then the body and the photos.
    /// `now`: the build's day (`FeedDating`); nil puts no bound on the dates.
    init(edition: Edition, config: SiteConfig, now: EventDate? = nil, images: [String: PublishedImage] = [:],
         markup: ResponsiveMarkup.Images? = nil) {
        let url = config.absoluteURL(edition.path)
        let timeZone = config.timeZone
        let words = config.words
        let dateText = DateText.long(edition.date, words: words, in: timeZone)

        let html = Self.facts(of: edition, dateText: dateText, words: words, addresses: config.urlWords)
            + (markup.map { ResponsiveMarkup.adding(to: edition.body.html, $0) } ?? edition.body.html)
            + Self.photos(of: edition, images: images)

        var summaryParts = [dateText]
        if let venue = edition.venue { summaryParts.append(venue.name) }
        var summary = summaryParts.joined(separator: ", ") + "."
        let ownSummary = edition.summary.isEmpty ? edition.body.summaryText : edition.summary
        if !ownSummary.isEmpty { summary += " " + ownSummary }

        let dating = FeedDating(date: edition.date, published: edition.published, updated: edition.updated, isEvent: true, now: now)
        // A recap: written after the event began, once it is past.
        var recapGuid: String?
        if let recap = dating.updated, now.map({ !edition.isUpcoming(relativeTo: $0) }) ?? true,
           recap.wallClockSeconds >= edition.date.wallClockSeconds {
            recapGuid = FeedText.clean(url) + "#recap-" + DateText.iso(recap.dayOnly, in: timeZone)
        }
        self.init(
            url: FeedText.clean(url),
            title: FeedText.clean(Self.title(of: edition, words: words, now: now)),
            summary: FeedText.clean(summary),
            contentHTML: FeedText.clean(AbsoluteLinks.absolutize(html: html, pageURL: url, baseURL: config.baseURL)),
            published: dating.published.map { FeedTimestamp($0, in: timeZone) },
            order: FeedTimestamp(dating.order, in: timeZone),
            updated: dating.updated.map { FeedTimestamp($0, in: timeZone) },
            tags: edition.tags.map(FeedText.clean),
            author: nil,
            recapGuid: recapGuid
        )
    }

    /// The full title, as « Annulé — … », « Reporté — … », or « Nouvelle date — … » while a moved
    /// event is to come (`feed_title_cancelled` … of the theme's strings).
    private static func title(of edition: Edition, words: InterfaceWords, now: EventDate?) -> String {
        let key: String
        switch edition.status {
        case .cancelled: key = "feed_title_cancelled"
        case .postponed: key = "feed_title_postponed"
        case .scheduled:
            guard edition.previousDate != nil, now.map({ edition.isUpcoming(relativeTo: $0) }) ?? true else { return edition.fullTitle }
            key = "feed_title_moved"
        }
        return words.format(key, ["title": edition.fullTitle])
    }

    private static func facts(of edition: Edition, dateText: String, words: InterfaceWords, addresses: URLWords) -> String {
        var html = ""
        switch edition.status {
        case .cancelled: html += "<p><strong>\(HTMLEscaping.markup.escaped(words["feed_cancelled"]))</strong></p>\n"
        case .postponed: html += "<p><strong>\(HTMLEscaping.markup.escaped(words["feed_postponed"]))</strong></p>\n"
        case .scheduled: break
        }
        html += "<ul>\n<li>\(HTMLEscaping.markup.escaped(words["feed_date"])) \(HTMLEscaping.markup.escaped(dateText))</li>\n"
        if let venue = edition.venue {
            var line = link(HTMLEscaping.markup.escaped(venue.name), section: addresses.venues, slug: venue.slug)
            if let address = venue.address, !address.isEmpty { line += ", " + HTMLEscaping.markup.escaped(address) }
            html += "<li>\(HTMLEscaping.markup.escaped(words["feed_venue"])) \(line)</li>\n"
        }
        if !edition.speakers.isEmpty {
            let names = edition.speakers.map { speaker in
                var text = link(HTMLEscaping.markup.escaped(speaker.name), section: addresses.speakers, slug: speaker.slug)
                if let affiliation = speaker.affiliation, !affiliation.isEmpty {
                    text += " (\(HTMLEscaping.markup.escaped(affiliation)))"
                }
                return text
            }
            let label = words.plural("feed_speakers", count: edition.speakers.count)
            html += "<li>\(HTMLEscaping.markup.escaped(label)) \(names.joined(separator: ", "))</li>\n"
        }
        return html + "</ul>\n"
    }

    /// Wraps `text` in a link to `/<section>/<slug>/`, unless there is no such page (no slug).
    private static func link(_ text: String, section: String, slug: String?) -> String {
        guard let slug, !slug.isEmpty else { return text }
        return "<a href=\"/\(section)/\(HTMLEscaping.markup.escaped(slug))/\">\(text)</a>"
    }

    /// A resized photo by its widest file: the original is not published.
    private static func photos(of edition: Edition, images: [String: PublishedImage]) -> String {
        edition.photos.map { photo in
            let src = images[photo.src]?.largest?.src ?? photo.src
            return "<p><img src=\"\(HTMLEscaping.markup.escaped(src))\" alt=\"\(HTMLEscaping.markup.escaped(photo.alt))\" /></p>\n"
        }.joined()
    }
}
