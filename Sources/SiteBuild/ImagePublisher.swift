import Concurrency
import ContentHash
import Foundation
import ImageHeaders
import Images
import SiteModel
import SiteRender
import SiteSource

/// Makes the image files of a site before planning: each JPEG, PNG and WebP of `content/static/`
/// (and each GIF of `photos:`) at the theme's widths, in its own format and in WebP (upright,
/// without metadata), and a social card per edition plus one for the site when the theme has a
/// card template. The widest file in the original's format takes the original's path, so that
/// links written in Markdown keep working and never serve the original's Exif or GPS data. Pages need the variants'
/// sizes, so this runs before rendering; `ImageCache` keeps the results between builds, keyed
/// by content, so an unchanged image is read back rather than made again.
struct ImagePublisher {
    /// `content/static/`.
    let staticDirectory: URL
    /// nil with `--no-cache`: every image is made.
    let cache: ImageCache?
    let theme: Theme
    /// How errors print a path.
    let displayPath: (URL) -> String
    /// The loader's: a header it read is not read again.
    var imageHeaders = ImageHeaderReader()

    /// What the site publishes of its images.
    struct Published {
        var site: Site
        /// Output path (no leading `/`) → bytes, sorted by path.
        var files: [(path: String, bytes: [UInt8])]
        var made = 0
        var reused = 0
        /// Errors of the theme's card template.
        var errors: [String] = []
        /// A photo of `photos:` that cannot be processed is an error at its entry; another static
        /// file is a warning, and is published as it is.
        var diagnostics: [Diagnostic] = []
    }

    static let cardTitleLineLength = 26

    func publish(_ site: Site) -> Published {
        var site = site
        var published = Published(site: site, files: [])
        let photos = Dictionary(grouping: site.editions.flatMap(\.photos), by: \.src)
        // An SVG scales by itself, and an animated GIF outside `photos:` is meant to move: both
        // stay static files, as they are, with the size their header declares.
        var sources: [String] = []
        var asTheyAre: [String] = []
        for relative in site.staticFiles {
            guard let format = ImageFormat(fileName: relative) else { continue }
            if format == .svg || (format == .gif && photos["/" + relative] == nil) {
                asTheyAre.append("/" + relative)
            } else {
                sources.append("/" + relative)
            }
        }
        let outcomes = ConcurrentMap.map(sources) { process(src: $0) }
        for (src, outcome) in zip(sources, outcomes) {
            switch outcome {
            case .success(let (image, files, reused)):
                site.images[src] = image
                published.files += files
                if reused { published.reused += 1 } else { published.made += 1 }
            case .failure(let failure):
                asTheyAre.append(src)
                guard let entries = photos[src] else {
                    published.diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: failure.path, line: 1, column: 1),
                                                            failure.reason + "; it is published as it is"))
                    continue
                }
                // At each entry that shows it, as the loader reports a bad header: the file
                // may be all that changed, and then the entry is where to look.
                for location in Set(entries.map { $0.location ?? SourceLocation(path: failure.path, line: 1, column: 1) }) {
                    published.diagnostics.append(.error(at: location, failure.reason,
                                                        hint: "\(failure.path) cannot be published; export it again as a PNG, JPEG or WebP"))
                }
            }
        }
        let sizes = ConcurrentMap.map(asTheyAre) { src in
            imageHeaders.header(of: staticDirectory.appendingPathComponent(String(src.dropFirst())), fileName: src).declaredSize
        }
        for (src, size) in zip(asTheyAre, sizes) {
            if let size { site.imageDimensions[src] = ImageDimensions(width: size.width, height: size.height) }
        }
        if site.config.socialCards, let template = theme.templates[Theme.cardTemplate] {
            addCards(to: &site, template: template, published: &published)
        }
        published.site = site
        published.files.sort { $0.path < $1.path }
        return published
    }

    private func process(src: String) -> Result<(PublishedImage, [(path: String, bytes: [UInt8])], Bool), ImageFailure> {
        let url = staticDirectory.appendingPathComponent(String(src.dropFirst()))
        guard let bytes = FileBytes.read(url.path) else { return .failure(ImageFailure(path: displayPath(url), reason: "cannot read the image")) }
        let key = ContentDigest.of(bytes).description
        let widths = theme.imageWidths
        do throws(ImageError) {
            let image: ResponsiveImage
            var reused = false
            if let cache, let cached = cache.cachedImage(contentKey: key, fileName: src, widths: widths) {
                (image, reused) = (cached, true)
            } else if let cache {
                image = try cache.image(contentKey: key, bytes: bytes, fileName: src, widths: widths)
            } else {
                image = try ResponsiveImage.make(from: bytes, fileName: src, widths: widths)
            }
            let stem = src[..<(src.lastIndex(of: ".") ?? src.endIndex)]
            var fallback: [ImageFile] = []
            var webP: [ImageFile] = []
            var files: [(path: String, bytes: [UInt8])] = []
            let webPOnly = image.variants.allSatisfy { $0.format == .webP }
            let widest = image.variants.last { $0.format == ImageFormat(fileName: src) }
            for variant in image.variants {
                let (fileExtension, type) = Self.fileType(variant.format)
                let path = variant.width == widest?.width && variant.format == widest?.format ? src : "\(stem)-\(variant.width).\(fileExtension)"
                let file = ImageFile(src: path, width: variant.width, height: variant.height, mimeType: type)
                if variant.format == .webP && !webPOnly { webP.append(file) } else { fallback.append(file) }
                files.append((String(path.dropFirst()), variant.bytes))
            }
            return .success((PublishedImage(fallback: fallback, webP: webP), files, reused))
        } catch {
            return .failure(ImageFailure(path: displayPath(url), reason: error.description))
        }
    }

    private static func fileType(_ format: ImageFormat) -> (String, String) {
        switch format {
        case .jpeg: ("jpg", "image/jpeg")
        case .webP: ("webp", "image/webp")
        case .png, .gif: ("png", "image/png")
        case .svg: ("svg", "image/svg+xml")
        }
    }

    private func addCards(to site: inout Site, template: String, published: inout Published) {
        let config = site.config
        var cards: [(path: String, values: [String: String])] = site.editions.map { edition in
            let number = edition.series.numbered ? "n° \(edition.number)" : ""
            let venue = edition.venue?.name ?? ""
            let date = DateText.long(edition.date, words: config.words, in: config.timeZone)
            return (edition.path + "card.png", [
                "site": config.title, "series": edition.series.name, "number": number,
                "kicker": [edition.series.name, number].filter { !$0.isEmpty }.joined(separator: " · "),
                "title": edition.title, "date": date, "venue": venue,
                // The date, and the venue on a line of its own: together they overflowed the card.
                "footer": date,
            ])
        }
        cards.append(("/card.png", [
            "site": config.title, "series": "", "number": "", "kicker": config.tagline ?? "",
            "title": config.title, "date": "", "venue": "", "footer": config.organizer ?? "",
        ]))
        let outcomes = ConcurrentMap.map(cards) { card -> Result<([UInt8], Bool), ImageFailure> in
            var hasher = ContentHasher()
            hasher.add(template)
            hasher.add(UInt64(Self.cardTitleLineLength))
            for name in card.values.keys.sorted() {
                hasher.add(name)
                hasher.add(card.values[name] ?? "")
            }
            do throws(ImageError) {
                if let cache {
                    let made = try cache.card(key: hasher.finish().description, template: template, values: card.values,
                                              titleLineLength: Self.cardTitleLineLength)
                    return .success((made.png, made.cached))
                }
                return .success((try SocialCard.png(template: template, values: card.values,
                                                    titleLineLength: Self.cardTitleLineLength), false))
            } catch {
                return .failure(ImageFailure(path: "theme template '\(Theme.cardTemplate)'", reason: error.description))
            }
        }
        for (card, outcome) in zip(cards, outcomes) {
            switch outcome {
            case .success(let (png, cached)):
                published.files.append((String(card.path.dropFirst()), png))
                if cached { published.reused += 1 } else { published.made += 1 }
            case .failure(let failure):
                // One template error is the same for every card.
                if !published.errors.contains(failure.message) { published.errors.append(failure.message) }
                return
            }
        }
        site.siteCard = "/card.png"
        for edition in site.editions { site.editionCards[edition.path] = edition.path + "card.png" }
    }
}
