import Foundation
import SiteModel

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
        let html = views.theme.render("layout", layoutContext(for: page, contentHTML: content))
        return OutputFile(path: page.outputPath, text: html)
    }

    private func layoutContext(for page: PageSpec, contentHTML: String) -> [String: Any] {
        let config = site.config
        let isHome = page.path == "/"
        var menu: [[String: Any]] = [
            ["title": "Accueil", "url": views.link("/"), "path": "/"],
            ["title": "Éditions", "url": views.link("/editions/"), "path": "/editions/"],
            ["title": "Actualités", "url": views.link("/actualites/"), "path": "/actualites/"],
            ["title": "Intervenants", "url": views.link("/intervenants/"), "path": "/intervenants/"],
        ]
        for standalone in site.pages where standalone.menu != nil {
            menu.append(["title": standalone.title, "url": views.link(standalone.path), "path": standalone.path])
        }
        for i in menu.indices { menu[i]["current"] = (menu[i]["path"] as? String) == page.section }
        var layout: [String: Any] = [
            "lang": config.language,
            "siteTitle": config.title,
            "title": isHome || page.title.contains(config.title) ? page.title : "\(page.title) — \(config.title)",
            "pageTitle": page.title,
            "description": page.description,
            "canonical": config.absoluteURL(page.path),
            "homeURL": views.link("/"),
            "menu": menu,
            "rssURL": views.link("/feed.xml"),
            "atomURL": views.link("/atom.xml"),
            "jsonFeedURL": views.link("/feed.json"),
            "agendaURL": views.link("/agenda.ics"),
            "contentHTML": contentHTML,
            "extraBodyHTML": context.extraBodyHTML,
        ]
        layout["openGraphType"] = page.openGraphType
        layout["locale"] = config.language.hasPrefix("fr") ? "fr_FR" : config.language.replacingOccurrences(of: "-", with: "_")
        layout["image"] = page.image
        layout["twitterCard"] = page.image == nil ? "summary" : "summary_large_image"
        layout["jsonLD"] = page.structuredData.map(\.scriptText)
        layout["tagline"] = config.tagline
        layout["organizer"] = config.organizer
        layout["stylesheet"] = views.theme.assetPaths["style.css"].map { views.link("/" + $0) }
        layout["logoURL"] = ["favicon.svg", "logo.svg", "logo.png"].first(where: site.staticFiles.contains)
            .map { views.link("/" + $0) }
        layout["faviconURL"] = site.staticFiles.contains("favicon.svg") ? views.link("/favicon.svg") : nil
        layout["extraStylesheet"] = views.theme.assetPaths["extra.css"].map { views.link("/" + $0) }
        return layout
    }

    func homePage() -> PageSpec {
        let past = index.pastEditionsNewestFirst
        var context: [String: Any] = [
            "latestNews": site.news.prefix(3).map(views.newsSummaryView),
            "recentRecaps": past.prefix(3).map(views.editionSummaryView),
            "agendaURL": views.link("/agenda.ics"),
            "webcalURL": webcalURL,
        ]
        context["tagline"] = site.config.tagline
        context["next"] = index.nextEdition.map(views.editionView)
        let held = past.filter { $0.status != .cancelled }
        var figures: [String: Any] = ["editions": held.count, "people": held.reduce(0) { $0 + ($1.attendees ?? 0) },
                                      "speakers": index.speakers.count]
        figures["since"] = index.editionsByDate.first.map { String($0.date.year) }
        context["figures"] = figures
        context["hasNews"] = !site.news.isEmpty
        context["hasRecaps"] = !past.isEmpty
        return PageSpec(path: "/", template: "home", title: site.config.title,
                        description: site.config.tagline ?? site.config.title, section: "/", context: context)
    }

    private var webcalURL: String {
        let https = site.config.absoluteURL("/agenda.ics")
        guard let colon = https.firstIndex(of: ":") else { return https }
        return "webcal" + https[colon...]
    }

    func editionsPage() -> PageSpec {
        var context: [String: Any] = ["years": views.editionsByYear(index.editionsByDate),
                                      "count": site.editions.count,
                                      "agendaURL": views.link("/agenda.ics"), "webcalURL": webcalURL]
        let measured = index.editionsByDate.filter { $0.attendees != nil }
        let chart = AttendanceChart(
            bars: measured.map { .init(number: $0.number, attendees: $0.attendees ?? 0, url: views.link($0.path)) },
            label: site.config.editionLabel)
        if let svg = chart.svg() {
            context["chartSVG"] = svg
            context["attendance"] = measured.map { ["number": $0.number, "title": $0.title, "url": views.link($0.path),
                                                    "attendees": $0.attendees ?? 0, "date": views.dateView($0.date)] }
        }
        return PageSpec(path: "/editions/", template: "editions", title: "Toutes les éditions",
                        description: "Toutes les éditions du \(site.config.title), de la plus récente à la plus ancienne.",
                        section: "/editions/", context: context)
    }

    func editionPage(_ edition: Edition) -> PageSpec {
        let title = "\(views.editionHeading(edition)) — \(edition.title)"
        var page = PageSpec(path: edition.path, template: "edition", title: title,
                            description: edition.summary.isEmpty ? edition.title : edition.summary,
                            section: "/editions/", context: ["edition": views.editionView(edition)])
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
        var context: [String: Any] = ["posts": posts.map(views.newsSummaryView), "pageNumber": number,
                                      "pageCount": pageCount, "paginated": pageCount > 1]
        if number > 1 { context["previousURL"] = views.link(Self.newsListPath(number - 1)) }
        if number < pageCount { context["nextURL"] = views.link(Self.newsListPath(number + 1)) }
        let title = number == 1 ? "Actualités" : "Actualités, page \(number)"
        return PageSpec(path: Self.newsListPath(number), template: "news-list", title: title,
                        description: "Les actualités de \(site.config.organizer ?? site.config.title).",
                        section: "/actualites/", context: context)
    }

    func newsPage(_ post: NewsPost) -> PageSpec {
        var page = PageSpec(path: post.path, template: "news", title: post.title,
                            description: post.summary.isEmpty ? post.title : post.summary,
                            section: "/actualites/", context: ["post": views.newsView(post)])
        page.structuredData = [structured.article(post),
                               structured.breadcrumbs([("Accueil", "/"), ("Actualités", "/actualites/"), (post.title, post.path)])]
        page.openGraphType = "article"
        return page
    }

    func standalonePage(_ page: Page) -> PageSpec {
        PageSpec(path: page.path, template: "page", title: page.title,
                 description: page.body.summaryText.isEmpty ? page.title : page.body.summaryText,
                 section: page.path, context: ["page": ["title": page.title, "bodyHTML": views.bodyHTML(page.body, at: page.path)]])
    }

    func speakersPage() -> PageSpec {
        let speakers = index.speakers.map { entry -> [String: Any] in
            var view = views.speakerView(entry.speaker)
            view["count"] = entry.editions.count
            return view
        }
        return PageSpec(path: "/intervenants/", template: "speakers", title: "Intervenants",
                        description: "Les intervenantes et intervenants du \(site.config.title).",
                        section: "/intervenants/", context: ["speakers": speakers])
    }

    func speakerPage(_ entry: SpeakerEntry) -> PageSpec {
        var speaker = views.speakerView(entry.speaker)
        speaker["editions"] = entry.editions.map(views.editionSummaryView)
        let about = entry.speaker.affiliation.map { "\(entry.speaker.name) (\($0))" } ?? entry.speaker.name
        return PageSpec(path: entry.path, template: "speaker", title: entry.speaker.name,
                        description: "Les interventions de \(about) au \(site.config.title).",
                        section: "/intervenants/", context: ["speaker": speaker])
    }

    func tagPage(_ entry: TagEntry) -> PageSpec {
        let context: [String: Any] = ["tag": ["name": entry.name,
                                              "editions": entry.editions.reversed().map(views.editionSummaryView),
                                              "hasEditions": !entry.editions.isEmpty,
                                              "posts": entry.news.map(views.newsSummaryView),
                                              "hasPosts": !entry.news.isEmpty]]
        return PageSpec(path: entry.path, template: "tag", title: "Sujet\u{a0}: \(entry.name)",
                        description: "Éditions et actualités sur le sujet «\u{a0}\(entry.name)\u{a0}».",
                        section: nil, context: context)
    }

    func venuePage(_ entry: VenueEntry) -> PageSpec {
        var venue = views.venueView(entry.venue)
        venue["editions"] = entry.editions.reversed().map(views.editionSummaryView)
        return PageSpec(path: entry.path, template: "venue", title: entry.venue.name,
                        description: "Les éditions du \(site.config.title) à \(entry.venue.name).",
                        section: nil, context: ["venue": venue])
    }

    func notFoundPage() -> PageSpec {
        PageSpec(path: "/404.html", template: "not-found", title: "Page introuvable",
                 description: "Cette page n’existe pas.", section: nil, context: [:])
    }
}
