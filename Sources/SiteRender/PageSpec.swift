import Templates

/// One HTML page to render: where it goes, which template, and what the template sees.
struct PageSpec {
    /// Site path of the page: `/editions/4/`, `/`, or `/404.html`.
    let path: String
    let template: String
    /// The page's own title; the layout adds the site name.
    let title: String
    let description: String
    /// Which menu entry is current (its site path), if any.
    let section: String?
    let context: [String: TemplateValue]
    /// schema.org objects for the page's JSON-LD.
    var structuredData: [JSONValue] = []
    /// Absolute URL of the page's lead image (Open Graph, Twitter card).
    var image: String? = nil
    /// Open Graph type: `website` or `article`.
    var openGraphType = "website"
    /// False for a page served at other addresses than its own (404): no canonical link, no og:url.
    var hasCanonicalURL = true

    /// `editions/4/index.html` for `/editions/4/`; paths that name a file are kept.
    var outputPath: String { Self.outputPath(of: path) }

    static func outputPath(of path: String) -> String {
        let relative = String(path.dropFirst())
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }
}
