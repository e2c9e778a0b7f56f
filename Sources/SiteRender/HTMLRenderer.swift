import Foundation
import SiteModel
import Templates

/// Renders every HTML page of the site through the theme's templates.
struct HTMLRenderer {
    let views: ViewBuilder
    let context: BuildContext

    init(site: Site, theme: CompiledTheme, context: BuildContext) {
        views = ViewBuilder(site: site, index: SiteIndex(site: site, now: context.now), theme: theme)
        self.context = context
    }

    var site: Site { views.site }
    var structured: StructuredData { StructuredData(site: site) }
    var index: SiteIndex { views.index }

    func render(_ page: PageSpec) -> OutputFile {
        let content = views.theme.render(page.template, page.context.merging(views.commonLinks) { own, _ in own })
        let html = views.theme.renderBytes("layout", layoutContext(for: page, contentHTML: content))
        return OutputFile(path: page.outputPath, contents: html)
    }

    /// Whether `text` holds `part` (Foundation's `contains` is slow on Linux).
    static func bytes(of text: String, contain part: String) -> Bool {
        let text = Array(text.utf8), part = Array(part.utf8)
        guard !part.isEmpty else { return true }
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
    }

    private func layoutContext(for page: PageSpec, contentHTML: String) -> [String: TemplateValue] {
        let config = site.config
        let isHome = page.path == "/"
        var menu: [[String: TemplateValue]] = [
            ["title": "Accueil", "url": .string(views.link("/")), "path": "/"],
            ["title": "Éditions", "url": .string(views.link("/editions/")), "path": "/editions/"],
            ["title": "Actualités", "url": .string(views.link("/actualites/")), "path": "/actualites/"],
            ["title": "Intervenants", "url": .string(views.link("/intervenants/")), "path": "/intervenants/"],
        ]
        for standalone in site.pages where standalone.menu != nil {
            menu.append(["title": .string(standalone.title), "url": .string(views.link(standalone.path)),
                         "path": .string(standalone.path)])
        }
        for i in menu.indices { menu[i]["current"] = .bool(menu[i]["path"]?.string == page.section) }
        var layout: [String: TemplateValue] = [
            "lang": .string(config.language),
            "siteTitle": .string(config.title),
            "title": .string(isHome || Self.bytes(of: page.title, contain: config.title) ? page.title : "\(page.title) — \(config.title)"),
            "pageTitle": .string(page.title),
            "description": .string(page.description),
            "canonical": .string(config.absoluteURL(page.path)),
            "homeURL": .string(views.link("/")),
            "menu": TemplateValue(menu),
            "rssURL": .string(views.link("/feed.xml")),
            "atomURL": .string(views.link("/atom.xml")),
            "jsonFeedURL": .string(views.link("/feed.json")),
            "agendaURL": .string(views.link("/agenda.ics")),
            "contentHTML": .string(contentHTML),
            "extraBodyHTML": .string(context.extraBodyHTML),
        ]
        layout["openGraphType"] = .string(page.openGraphType)
        layout["locale"] = .string(config.language.hasPrefix("fr") ? "fr_FR" : config.language.replacingOccurrences(of: "-", with: "_"))
        layout["image"] = TemplateValue(page.image)
        layout["twitterCard"] = page.image == nil ? "summary" : "summary_large_image"
        layout["jsonLD"] = TemplateValue(page.structuredData.map(\.scriptText))
        layout["tagline"] = TemplateValue(config.tagline)
        layout["organizer"] = TemplateValue(config.organizer)
        layout["stylesheet"] = TemplateValue(views.theme.assetPaths["style.css"].map { views.link("/" + $0) })
        layout["logoURL"] = TemplateValue(["favicon.svg", "logo.svg", "logo.png"].first(where: site.staticFiles.contains)
            .map { views.link("/" + $0) })
        layout["faviconURL"] = site.staticFiles.contains("favicon.svg") ? .string(views.link("/favicon.svg")) : nil
        layout["extraStylesheet"] = TemplateValue(views.theme.assetPaths["extra.css"].map { views.link("/" + $0) })
        return layout
    }

    func homePage() -> PageSpec {
        let past = index.pastEditionsNewestFirst
        var context: [String: TemplateValue] = [
            "latestNews": TemplateValue(site.news.prefix(3).map(views.newsSummaryView)),
            "recentRecaps": TemplateValue(past.prefix(3).map(views.editionSummaryView)),
            "agendaURL": .string(views.link("/agenda.ics")),
            "webcalURL": .string(webcalURL),
        ]
        context["tagline"] = TemplateValue(site.config.tagline)
        context["next"] = TemplateValue(index.nextEdition.map(views.editionView))
        let held = past.filter { $0.status != .cancelled }
        var figures: [String: TemplateValue] = ["editions": .int(held.count), "people": .int(held.reduce(0) { $0 + ($1.attendees ?? 0) }),
                                                "speakers": .int(index.speakers.count)]
        figures["since"] = TemplateValue(index.editionsByDate.first.map { String($0.date.year) })
        context["figures"] = .object(figures)
        context["hasNews"] = .bool(!site.news.isEmpty)
        context["hasRecaps"] = .bool(!past.isEmpty)
        return PageSpec(path: "/", template: "home", title: site.config.title,
                        description: site.config.tagline ?? site.config.title, section: "/", context: context)
    }

    private var webcalURL: String {
        let https = site.config.absoluteURL("/agenda.ics")
        guard let colon = https.firstIndex(of: ":") else { return https }
        return "webcal" + https[colon...]
    }

    func editionsPage() -> PageSpec {
        var context: [String: TemplateValue] = ["years": TemplateValue(views.editionsByYear(index.editionsByDate)),
                                                "count": .int(site.editions.count),
                                                "agendaURL": .string(views.link("/agenda.ics")), "webcalURL": .string(webcalURL)]
        let measured = index.editionsByDate.filter { $0.attendees != nil }
        let chart = AttendanceChart(
            bars: measured.map { .init(number: $0.number, attendees: $0.attendees ?? 0, url: views.link($0.path)) },
            label: site.config.editionLabel)
        if let svg = chart.svg() {
            context["chartSVG"] = .string(svg)
            context["attendance"] = TemplateValue(measured.map { edition -> [String: TemplateValue] in
                ["number": .int(edition.number), "title": .string(edition.title), "url": .string(views.link(edition.path)),
                 "attendees": .int(edition.attendees ?? 0), "date": .object(views.dateView(edition.date))]
            })
        }
        return PageSpec(path: "/editions/", template: "editions", title: "Toutes les éditions",
                        description: "Toutes les éditions du \(site.config.title), de la plus récente à la plus ancienne.",
                        section: "/editions/", context: context)
    }

    func editionPage(_ edition: Edition) -> PageSpec {
        let title = "\(views.editionHeading(edition)) — \(edition.title)"
        var page = PageSpec(path: edition.path, template: "edition", title: title,
                            description: edition.summary.isEmpty ? edition.title : edition.summary,
                            section: "/editions/", context: ["edition": .object(views.editionView(edition))])
        page.structuredData = [structured.event(edition),
                               structured.breadcrumbs([("Accueil", "/"), ("Éditions", "/editions/"), (title, edition.path)])]
        page.image = edition.photos.first.map { site.config.absoluteURL($0.src) }
        page.openGraphType = "article"
        return page
    }

    static let newsPerPage = 10

    /// `/actualites/`, then `/actualites/page/2/` … when there are more than `newsPerPage` posts.
    var newsListPageCount: Int { max(1, (site.news.count + Self.newsPerPage - 1) / Self.newsPerPage) }

    static func newsListPath(_ number: Int) -> String { number == 1 ? "/actualites/" : "/actualites/page/\(number)/" }

    /// Page `number` (from 1) of the news list.
    func newsListPage(_ number: Int) -> PageSpec {
        let start = (number - 1) * Self.newsPerPage
        let posts = site.news[min(start, site.news.count)..<min(start + Self.newsPerPage, site.news.count)]
        let pageCount = newsListPageCount
        var context: [String: TemplateValue] = ["posts": TemplateValue(posts.map(views.newsSummaryView)),
                                                "pageNumber": .int(number), "pageCount": .int(pageCount),
                                                "paginated": .bool(pageCount > 1)]
        if number > 1 { context["previousURL"] = .string(views.link(Self.newsListPath(number - 1))) }
        if number < pageCount { context["nextURL"] = .string(views.link(Self.newsListPath(number + 1))) }
        let title = number == 1 ? "Actualités" : "Actualités, page \(number)"
        return PageSpec(path: Self.newsListPath(number), template: "news-list", title: title,
                        description: "Les actualités de \(site.config.organizer ?? site.config.title).",
                        section: "/actualites/", context: context)
    }

    func newsPage(_ post: NewsPost) -> PageSpec {
        var page = PageSpec(path: post.path, template: "news", title: post.title,
                            description: post.summary.isEmpty ? post.title : post.summary,
                            section: "/actualites/", context: ["post": .object(views.newsView(post))])
        page.structuredData = [structured.article(post),
                               structured.breadcrumbs([("Accueil", "/"), ("Actualités", "/actualites/"), (post.title, post.path)])]
        page.openGraphType = "article"
        return page
    }

    func standalonePage(_ page: Page) -> PageSpec {
        PageSpec(path: page.path, template: "page", title: page.title,
                 description: page.body.summaryText.isEmpty ? page.title : page.body.summaryText,
                 section: page.path,
                 context: ["page": ["title": .string(page.title), "bodyHTML": .string(views.bodyHTML(page.body, at: page.path))]])
    }

    func speakersPage() -> PageSpec {
        let speakers = index.speakers.map { entry -> [String: TemplateValue] in
            var view = views.speakerView(entry.speaker)
            view["count"] = .int(entry.editions.count)
            return view
        }
        return PageSpec(path: "/intervenants/", template: "speakers", title: "Intervenants",
                        description: "Les intervenantes et intervenants du \(site.config.title).",
                        section: "/intervenants/", context: ["speakers": TemplateValue(speakers)])
    }

    func speakerPage(_ entry: SpeakerEntry) -> PageSpec {
        var speaker = views.speakerView(entry.speaker)
        speaker["editions"] = TemplateValue(entry.editions.map(views.editionSummaryView))
        let about = entry.speaker.affiliation.map { "\(entry.speaker.name) (\($0))" } ?? entry.speaker.name
        return PageSpec(path: entry.path, template: "speaker", title: entry.speaker.name,
                        description: "Les interventions de \(about) au \(site.config.title).",
                        section: "/intervenants/", context: ["speaker": .object(speaker)])
    }

    func tagPage(_ entry: TagEntry) -> PageSpec {
        let context: [String: TemplateValue] = ["tag": ["name": .string(entry.name),
                                                        "editions": TemplateValue(entry.editions.reversed().map(views.editionSummaryView)),
                                                        "hasEditions": .bool(!entry.editions.isEmpty),
                                                        "posts": TemplateValue(entry.news.map(views.newsSummaryView)),
                                                        "hasPosts": .bool(!entry.news.isEmpty)]]
        return PageSpec(path: entry.path, template: "tag", title: "Sujet\u{a0}: \(entry.name)",
                        description: "Éditions et actualités sur le sujet «\u{a0}\(entry.name)\u{a0}».",
                        section: nil, context: context)
    }

    func venuePage(_ entry: VenueEntry) -> PageSpec {
        var venue = views.venueView(entry.venue)
        venue["editions"] = TemplateValue(entry.editions.reversed().map(views.editionSummaryView))
        return PageSpec(path: entry.path, template: "venue", title: entry.venue.name,
                        description: "Les éditions du \(site.config.title) à \(entry.venue.name).",
                        section: nil, context: ["venue": .object(venue)])
    }

    func notFoundPage() -> PageSpec {
        PageSpec(path: "/404.html", template: "not-found", title: "Page introuvable",
                 description: "Cette page n’existe pas.", section: nil, context: [:])
    }
}
