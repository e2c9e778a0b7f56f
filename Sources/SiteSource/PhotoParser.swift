import Foundation
import ImageHeaders
import SiteModel

/// `photos:` of an edition: a list of maps with a site path `src` and a required `alt` text.
enum PhotoParser {
    static let knownKeys = ["alt", "src"]

    static func parse(_ fields: MapReader, context: FileLoadContext) -> [Photo] {
        fields.maps("photos", expecting: "a photo as a map with 'src' and 'alt'", known: knownKeys) {
            parse(photo: $0, context: context)
        }
    }

    private static func parse(photo fields: MapReader, context: FileLoadContext) -> Photo? {
        let log = fields.log
        let src = fields.text("src", required: true)
        let alt = fields.text("alt", required: true)
        guard let src, let alt else { return nil }
        let srcPosition = fields.node("src")?.position ?? fields.position
        if let problem = SitePathCheck.problem(src, key: "src") {
            log.error(at: srcPosition, problem)
            return nil
        }
        guard src.hasPrefix("/") else {
            log.error(at: srcPosition, "'src' must be a site path starting with '/', found '\(src)'",
                      hint: "write /\(src) for content/static/\(src)")
            return nil
        }
        let relative = String(src.dropFirst())
        guard context.staticFiles.contains(relative), let folder = context.staticFolder else {
            log.error(at: srcPosition, "photo '\(src)' is not a file of content/static/")
            return Photo(src: src, alt: context.typeset(alt), location: log.location(srcPosition))
        }
        let location = log.location(srcPosition)
        // The whole header is checked here, where the diagnostic can point at the entry: the
        // build then resizes only images that passed (a bomb is never decoded).
        guard let checked = context.imageHeaders.header(of: folder.appendingPathComponent(relative), fileName: src).checked else {
            log.error(at: srcPosition, "photo '\(src)' cannot be read")
            return Photo(src: src, alt: context.typeset(alt), location: location)
        }
        let header: ImageHeader
        switch checked {
        case .success(let read):
            header = read
        case .failure(.unreadableSize(_, .svg)):
            // An SVG is published as it is: without a size, it only may make the page jump.
            log.warning(at: srcPosition, "cannot read the width and height of photo '\(src)'",
                        hint: "give its <svg> element width and height or a viewBox")
            return Photo(src: src, alt: context.typeset(alt), location: location)
        case .failure(let error):
            log.error(at: srcPosition, error.description,
                      hint: "use a PNG, JPEG, GIF, WebP or SVG image (an SVG needs width and height or a viewBox)")
            return Photo(src: src, alt: context.typeset(alt), location: location)
        }
        if let warning = header.animationWarning(fileName: src) { log.warning(at: srcPosition, warning) }
        return Photo(src: src, alt: context.typeset(alt), width: header.size.width, height: header.size.height,
                     location: location)
    }
}
