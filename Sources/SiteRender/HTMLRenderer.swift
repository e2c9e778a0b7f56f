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
    var index: SiteIndex { views.index }

    /// Every page spec, in a stable order.
    func pages() -> [PageSpec] {
        var pages = [homePage(), editionsPage(), newsListPage(), speakersPage(), notFoundPage()]
        pages += site.editions.map(editionPage)
        pages += site.news.map(newsPage)
        pages += site.pages.map(standalonePage)
        pages += index.speakers.map(speakerPage)
        pages += index.tags.map(tagPage)
        pages += index.venues.map(venuePage)
        return pages
    }

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
            "title": isHome ? config.title : "\(page.title) — \(config.title)",
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
        layout["tagline"] = config.tagline
        layout["organizer"] = config.organizer
        layout["stylesheet"] = views.theme.assetPaths["style.css"].map { views.link("/" + $0) }
        return layout
    }

    private func homePage() -> PageSpec {
        var context: [String: Any] = [
            "latestNews": site.news.prefix(3).map(views.newsSummaryView),
            "recentRecaps": index.pastEditionsNewestFirst.prefix(4).map(views.editionSummaryView),
            "agendaURL": views.link("/agenda.ics"),
            "webcalURL": webcalURL,
        ]
        context["tagline"] = site.config.tagline
        context["next"] = index.nextEdition.map(views.editionView)
        context["hasNews"] = !site.news.isEmpty
        context["hasRecaps"] = !index.pastEditionsNewestFirst.isEmpty
        return PageSpec(path: "/", template: "home", title: site.config.title,
                        description: site.config.tagline ?? site.config.title, section: "/", context: context)
    }

    private var webcalURL: String {
        let https = site.config.absoluteURL("/agenda.ics")
        guard let colon = https.firstIndex(of: ":") else { return https }
        return "webcal" + https[colon...]
    }

    private func editionsPage() -> PageSpec {
        let context: [String: Any] = ["years": views.editionsByYear(index.editionsByDate),
                                      "count": site.editions.count,
                                      "agendaURL": views.link("/agenda.ics"), "webcalURL": webcalURL]
        return PageSpec(path: "/editions/", template: "editions", title: "Toutes les éditions",
                        description: "Toutes les éditions du \(site.config.title), de la plus récente à la plus ancienne.",
                        section: "/editions/", context: context)
    }

    private func editionPage(_ edition: Edition) -> PageSpec {
        PageSpec(path: edition.path, template: "edition", title: "\(views.editionHeading(edition)) — \(edition.title)",
                 description: edition.summary.isEmpty ? edition.title : edition.summary,
                 section: "/editions/", context: ["edition": views.editionView(edition)])
    }

    private func newsListPage() -> PageSpec {
        PageSpec(path: "/actualites/", template: "news-list", title: "Actualités",
                 description: "Les actualités de \(site.config.organizer ?? site.config.title).",
                 section: "/actualites/", context: ["posts": site.news.map(views.newsSummaryView)])
    }

    private func newsPage(_ post: NewsPost) -> PageSpec {
        PageSpec(path: post.path, template: "news", title: post.title,
                 description: post.summary.isEmpty ? post.title : post.summary,
                 section: "/actualites/", context: ["post": views.newsView(post)])
    }

    private func standalonePage(_ page: Page) -> PageSpec {
        PageSpec(path: page.path, template: "page", title: page.title,
                 description: page.body.summaryText.isEmpty ? page.title : page.body.summaryText,
                 section: page.path, context: ["page": ["title": page.title, "bodyHTML": page.body.html]])
    }

    private func speakersPage() -> PageSpec {
        let speakers = index.speakers.map { entry -> [String: Any] in
            var view = views.speakerView(entry.speaker)
            view["count"] = entry.editions.count
            return view
        }
        return PageSpec(path: "/intervenants/", template: "speakers", title: "Intervenants",
                        description: "Les intervenantes et intervenants du \(site.config.title).",
                        section: "/intervenants/", context: ["speakers": speakers])
    }

    private func speakerPage(_ entry: SpeakerEntry) -> PageSpec {
        var speaker = views.speakerView(entry.speaker)
        speaker["editions"] = entry.editions.map(views.editionSummaryView)
        let about = entry.speaker.affiliation.map { "\(entry.speaker.name) (\($0))" } ?? entry.speaker.name
        return PageSpec(path: entry.path, template: "speaker", title: entry.speaker.name,
                        description: "Les interventions de \(about) au \(site.config.title).",
                        section: "/intervenants/", context: ["speaker": speaker])
    }

    private func tagPage(_ entry: TagEntry) -> PageSpec {
        let context: [String: Any] = ["tag": ["name": entry.name,
                                              "editions": entry.editions.reversed().map(views.editionSummaryView),
                                              "hasEditions": !entry.editions.isEmpty,
                                              "posts": entry.news.map(views.newsSummaryView),
                                              "hasPosts": !entry.news.isEmpty]]
        return PageSpec(path: entry.path, template: "tag", title: "Sujet\u{a0}: \(entry.name)",
                        description: "Éditions et actualités sur le sujet «\u{a0}\(entry.name)\u{a0}».",
                        section: nil, context: context)
    }

    private func venuePage(_ entry: VenueEntry) -> PageSpec {
        var venue = views.venueView(entry.venue)
        venue["editions"] = entry.editions.reversed().map(views.editionSummaryView)
        return PageSpec(path: entry.path, template: "venue", title: entry.venue.name,
                        description: "Les éditions du \(site.config.title) à \(entry.venue.name).",
                        section: nil, context: ["venue": venue])
    }

    private func notFoundPage() -> PageSpec {
        PageSpec(path: "/404.html", template: "not-found", title: "Page introuvable",
                 description: "Cette page n’existe pas.", section: nil, context: [:])
    }
}
