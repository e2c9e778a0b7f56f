import Foundation
import SiteModel
import Templates

/// Renders every HTML page of the site through the theme's templates.
/// A class: every page job holds it, and copying a struct of this size into 15,000 closures is slow.
final class PageRenderer: Sendable {
    let views: ViewBuilder
    let context: BuildContext
    /// What the layout shows the same way on every page.
    private let layoutConstants: TemplateValue
    /// The main navigation, by the section of the page (its `current` entry); `""` for none.
    private let menus: [String: TemplateValue]
    /// `ViewBuilder.commonLinks` and the theme's words as `t` (`{{t.menu_home}}`), made once.
    private let commonLinks: TemplateValue

    /// `wholeSite`: whether all the pages will be made (see `SiteIndex.init`).
    init(site: Site, theme: CompiledTheme, context: BuildContext, events: CalendarEventCache? = nil, wholeSite: Bool = true) {
        views = ViewBuilder(site: site, index: SiteIndex(site: site, now: context.now, crossReferencesFirst: wholeSite), theme: theme,
                            events: events ?? CalendarEventCache(config: site.config, now: context.now))
        self.context = context
        let texts = views.textsView
        layoutConstants = .object(Self.layoutConstants(views: views, context: context).merging(["t": texts]) { own, _ in own })
        menus = Self.menus(views: views)
        commonLinks = .object(views.commonLinks.merging(["t": texts]) { own, _ in own })
    }

    var site: Site { views.site }
    var structured: StructuredData { StructuredData(site: site) }
    var index: SiteIndex { views.index }
    var words: InterfaceWords { site.config.words }

    func render(_ page: PageSpec) -> OutputFile {
        let content = views.theme.renderBytes(page.template, contexts: [commonLinks, .object(page.context)])
        let html = views.theme.renderBytes("layout", contexts: [layoutConstants, .object(layoutContext(for: page, contentHTML: content))])
        return OutputFile(path: page.outputPath, contents: html)
    }

    /// What the layout sees of one page; the rest is in `layoutConstants`.
    private func layoutContext(for page: PageSpec, contentHTML: [UInt8]) -> [String: TemplateValue] {
        let config = site.config
        let isHome = page.path == "/"
        // A page with no picture of its own (lists, posts without an image) shares the site's card.
        let image = structured.pageImage(page.image)
        var layout: [String: TemplateValue] = [
            "title": .string(isHome || page.title.containsBytes(of: config.title) ? page.title : "\(page.title) — \(config.title)"),
            "pageTitle": .string(page.title),
            "description": .string(page.description),
            "canonical": page.hasCanonicalURL ? .string(config.absoluteURL(page.path)) : .null,
            "menu": menus[page.section ?? ""] ?? menus[""] ?? .list([]),
            "contentHTML": .bytes(contentHTML),
            "openGraphType": .string(page.openGraphType),
            "twitterCard": image == nil ? "summary" : "summary_large_image",
            "jsonLD": TemplateValue(page.structuredData.map(\.scriptText)),
        ]
        layout["image"] = TemplateValue(image)
        return layout
    }

    private static func layoutConstants(views: ViewBuilder, context: BuildContext) -> [String: TemplateValue] {
        let config = views.site.config
        let staticFiles = views.site.staticFiles
        var layout: [String: TemplateValue] = [
            "lang": .string(config.language),
            "siteTitle": .string(config.title),
            "homeURL": .string(views.link("/")),
            "rssURL": .string(views.link("/feed.xml")),
            "atomURL": .string(views.link("/atom.xml")),
            "jsonFeedURL": .string(views.link("/feed.json")),
            "agendaURL": .string(views.link("/agenda.ics")),
            "extraBodyHTML": .string(context.extraBodyHTML),
        ]
        let locale = config.words["locale"]
        layout["locale"] = .string(locale.isEmpty ? config.language.replacingOccurrences(of: "-", with: "_") : locale)
        layout["tagline"] = TemplateValue(config.tagline)
        layout["organizer"] = TemplateValue(config.organizer)
        layout["stylesheet"] = TemplateValue(views.theme.assetPaths["style.css"].map { views.link("/" + $0) })
        layout["logoURL"] = TemplateValue(["favicon.svg", "logo.svg", "logo.png"].first(where: staticFiles.contains)
            .map { views.link("/" + $0) })
        layout["faviconURL"] = staticFiles.contains("favicon.svg") ? .string(views.link("/favicon.svg")) : nil
        layout["extraStylesheet"] = TemplateValue(views.theme.assetPaths["extra.css"].map { views.link("/" + $0) })
        return layout
    }

    /// One menu per entry that can be current, plus `""`: none is.
    private static func menus(views: ViewBuilder) -> [String: TemplateValue] {
        // The first series is `menu_first_series` (« Éditions »), as when the site had one; the
        // others go by their name.
        let words = views.words
        let series = views.site.series.enumerated().map { offset, series in
            (title: offset == 0 ? words["menu_first_series"] : series.name, path: "/\(series.folder)/")
        }
        var entries: [(title: String, path: String)] = [(words["menu_home"], "/")] + series + [
            (words["menu_news"], views.site.config.urlWords.newsFolder), (words["menu_speakers"], views.site.config.urlWords.speakersFolder),
        ]
        for standalone in views.site.pages where standalone.menu != nil {
            entries.append((standalone.title, standalone.path))
        }
        var menus: [String: TemplateValue] = [:]
        for section in [""] + entries.map(\.path) {
            menus[section] = .list(entries.map { entry in
                .object(["title": .string(entry.title), "url": .string(views.link(entry.path)), "path": .string(entry.path),
                         "current": .bool(entry.path == section)])
            })
        }
        return menus
    }

    func homePage() -> PageSpec {
        let past = index.heldEventsNewestFirst
        var context: [String: TemplateValue] = [
            "latestNews": TemplateValue(site.news.prefix(3).map(views.newsSummaryView)),
            "recentRecaps": TemplateValue(past.prefix(3).map(views.editionSummaryView)),
            "agendaURL": .string(views.link("/agenda.ics")),
            "webcalURL": .string(webcalURL),
        ]
        context["tagline"] = TemplateValue(site.config.tagline)
        context["next"] = TemplateValue(index.nextEdition.map(views.editionView))
        // The next event of every other series, after the one shown first.
        let alsoNext = Array(index.nextEventOfEachSeries.dropFirst())
        context["alsoNext"] = TemplateValue(alsoNext.map(views.editionSummaryView))
        context["hasAlsoNext"] = .bool(!alsoNext.isEmpty)
        // The figures are those of the first series: « 17 éditions » counts Breizh'péros only.
        let firstSeries = site.series.first?.key
        let held = past.filter { $0.series.key == firstSeries }
        let people = held.reduce(0) { $0 + ($1.attendees ?? 0) }
        var figures: [String: TemplateValue] = ["editions": .int(held.count), "people": .int(people),
                                                "speakers": .int(index.speakers.count),
                                                "editionsWord": .string(words.plural("figures_editions", count: held.count)),
                                                "peopleWord": .string(words.plural("figures_people", count: people)),
                                                "speakersWord": .string(words.plural("figures_speakers", count: index.speakers.count))]
        figures["since"] = TemplateValue(index.editionsByDate.first { $0.series.key == firstSeries }.map { String($0.date.year) })
        context["figures"] = .object(figures)
        context["hasNews"] = .bool(!site.news.isEmpty)
        context["hasRecaps"] = .bool(!past.isEmpty)
        return PageSpec(path: "/", template: "home", title: site.config.title,
                        description: site.config.tagline ?? site.config.title, section: "/", context: context)
    }

    private var webcalURL: String { webcal("/agenda.ics") }

    private func webcal(_ path: String) -> String { views.webcal(path) }

    /// The page of a series: its events by year, its attendance chart when figures are known.
    /// The first series keeps the title and calendar link the site had with one series.
    func seriesPage(_ series: EventSeries) -> PageSpec {
        let events = index.editionsByDate.filter { $0.series.key == series.key }
        let isFirst = series.key == site.series.first?.key
        let agenda = isFirst ? "/agenda.ics" : "/\(series.folder)/agenda.ics"
        var context: [String: TemplateValue] = ["years": TemplateValue(views.editionsByYear(events)),
                                                "count": .int(events.count),
                                                "lead": .string(words.plural("all_editions_lead", count: events.count)),
                                                "agendaURL": .string(views.link(agenda)),
                                                "webcalURL": .string(webcal(agenda))]
        context["series"] = .object(views.seriesView(series))
        let measured = events.filter { $0.attendees != nil }
        let chart = AttendanceChart(
            bars: series.numbered ? measured.map { .init(number: $0.number, attendees: $0.attendees ?? 0, url: views.link($0.path)) } : [],
            label: { "\(series.name) #\($0)" }, words: words)
        if let svg = chart.svg() {
            context["chartSVG"] = .string(svg)
            context["attendance"] = TemplateValue(measured.map { edition -> [String: TemplateValue] in
                ["number": .int(edition.number), "title": .string(edition.title), "url": .string(views.link(edition.path)),
                 "attendees": .int(edition.attendees ?? 0), "date": .object(views.dateView(edition.date))]
            })
        }
        let path = "/\(series.folder)/"
        guard isFirst else {
            return PageSpec(path: path, template: "editions", title: series.name,
                            description: series.description ?? series.name, section: path, context: context)
        }
        return PageSpec(path: path, template: "editions", title: words["all_editions_title"],
                        description: words.format("all_editions_description", ["site": site.config.title]),
                        section: path, context: context)
    }

    func editionPage(_ edition: Edition) -> PageSpec {
        let title = edition.fullTitle
        let seriesPath = "/\(edition.series.folder)/"
        let seriesTitle = edition.series.key == site.series.first?.key ? words["menu_first_series"] : edition.series.name
        var page = PageSpec(path: edition.path, template: "edition", title: title,
                            description: edition.summary.isEmpty ? edition.title : edition.summary,
                            section: seriesPath, context: ["edition": .object(views.editionView(edition))])
        page.structuredData = [structured.event(edition),
                               structured.breadcrumbs([(words["menu_home"], "/"), (seriesTitle, seriesPath), (title, edition.path)])].compactMap { $0 }
        page.image = structured.image(of: edition)
        page.openGraphType = "article"
        return page
    }

    static let newsPerPage = 10

    /// `/actualites/`, then `/actualites/page/2/` … when there are more than `newsPerPage` posts.
    var newsListPageCount: Int { max(1, (site.news.count + Self.newsPerPage - 1) / Self.newsPerPage) }

    func newsListPath(_ number: Int) -> String {
        let folder = site.config.urlWords.newsFolder
        return number == 1 ? folder : "\(folder)page/\(number)/"
    }

    /// Page `number` (from 1) of the news list.
    func newsListPage(_ number: Int) -> PageSpec {
        let start = (number - 1) * Self.newsPerPage
        let posts = site.news[min(start, site.news.count)..<min(start + Self.newsPerPage, site.news.count)]
        let pageCount = newsListPageCount
        var context: [String: TemplateValue] = ["posts": TemplateValue(posts.map(views.newsSummaryView)),
                                                "pageNumber": .int(number), "pageCount": .int(pageCount),
                                                "paginated": .bool(pageCount > 1)]
        if number > 1 { context["previousURL"] = .string(views.link(newsListPath(number - 1))) }
        if number < pageCount { context["nextURL"] = .string(views.link(newsListPath(number + 1))) }
        let title = number == 1 ? words["news_title"] : words.format("news_title_page", ["page": String(number)])
        context["heading"] = .string(title)
        context["pagePosition"] = .string(words.format("page_position", ["page": String(number), "count": String(pageCount)]))
        return PageSpec(path: newsListPath(number), template: "news-list", title: title,
                        description: words.format("news_description", ["organizer": site.config.organizer ?? site.config.title]),
                        section: site.config.urlWords.newsFolder, context: context)
    }

    func newsPage(_ post: NewsPost) -> PageSpec {
        var page = PageSpec(path: post.path, template: "news", title: post.title,
                            description: post.summary.isEmpty ? post.title : post.summary,
                            section: site.config.urlWords.newsFolder, context: ["post": .object(views.newsView(post))])
        page.image = structured.image(ofBody: post.body)
        page.structuredData = [structured.article(post, image: structured.pageImage(page.image)),
                               structured.breadcrumbs([(words["menu_home"], "/"), (words["menu_news"], site.config.urlWords.newsFolder), (post.title, post.path)])]
        page.openGraphType = "article"
        return page
    }

    func standalonePage(_ page: Page) -> PageSpec {
        let description = page.body.summaryText.isEmpty ? page.title : page.body.summaryText
        var spec = PageSpec(path: page.path, template: "page", title: page.title, description: description, section: page.path,
                            context: ["page": ["title": .string(page.title), "bodyHTML": .string(views.bodyHTML(page.body, at: page.path))]])
        spec.image = structured.image(ofBody: page.body)
        spec.structuredData = [structured.webPage(page, description: description, image: structured.pageImage(spec.image))]
        return spec
    }

    func speakersPage() -> PageSpec {
        let speakers = index.speakers.map { entry -> [String: TemplateValue] in
            var view = views.speakerView(entry.speaker)
            view["count"] = .int(entry.editions.count)
            return view
        }
        return PageSpec(path: site.config.urlWords.speakersFolder, template: "speakers", title: words["speakers_title"],
                        description: words.format("speakers_description", ["site": site.config.title]),
                        section: site.config.urlWords.speakersFolder, context: ["speakers": TemplateValue(speakers)])
    }

    func speakerPage(_ entry: SpeakerEntry) -> PageSpec {
        var speaker = views.speakerView(entry.speaker)
        speaker["editions"] = TemplateValue(entry.editions.map(views.editionSummaryView))
        let about = entry.speaker.affiliation.map { "\(entry.speaker.name) (\($0))" } ?? entry.speaker.name
        return PageSpec(path: entry.path, template: "speaker", title: entry.speaker.name,
                        description: words.format("speaker_description", ["speaker": about, "site": site.config.title]),
                        section: site.config.urlWords.speakersFolder, context: ["speaker": .object(speaker)])
    }

    func tagPage(_ entry: TagEntry) -> PageSpec {
        let context: [String: TemplateValue] = ["tag": ["name": .string(entry.name),
                                                        "editions": TemplateValue(entry.editions.reversed().map(views.editionSummaryView)),
                                                        "hasEditions": .bool(!entry.editions.isEmpty),
                                                        "posts": TemplateValue(entry.news.map(views.newsSummaryView)),
                                                        "hasPosts": .bool(!entry.news.isEmpty)]]
        return PageSpec(path: entry.path, template: "tag", title: words.format("tag_title", ["tag": entry.name]),
                        description: words.format("tag_description", ["tag": entry.name]),
                        section: nil, context: context)
    }

    func venuePage(_ entry: VenueEntry) -> PageSpec {
        var venue = views.venueView(entry.venue)
        venue["editions"] = TemplateValue(entry.editions.reversed().map(views.editionSummaryView))
        return PageSpec(path: entry.path, template: "venue", title: entry.venue.name,
                        description: words.format("venue_description", ["site": site.config.title, "venue": entry.venue.name]),
                        section: nil, context: ["venue": .object(venue)])
    }

    /// Served at any missing address, so it names no canonical address of its own.
    func notFoundPage() -> PageSpec {
        var page = PageSpec(path: "/404.html", template: "not-found", title: words["not_found_title"],
                            description: words["not_found_description"], section: nil, context: [:])
        page.hasCanonicalURL = false
        return page
    }
}
