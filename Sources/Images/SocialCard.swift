import Escaping
import Foundation

/// The picture shared with a link to a page (`og:image`): a 1200×630 PNG drawn by libvips'
/// SVG loader (librsvg) from a template of the theme. Text is set in a font of the system (the
/// template names it, e.g. DejaVu Sans of Debian's fonts-dejavu-core): no web font is fetched.
package enum SocialCard {
    package static let width = 1200
    package static let height = 630

    /// `template` with each `{{name}}` replaced by `values[name]`, XML-escaped, then rendered.
    /// The title is wrapped into the template's `{{title_line_1}}`, `{{title_line_2}}` … slots,
    /// at most `titleLineLength` characters a line, the last slot cut with an ellipsis.
    package static func png(template: String, values: [String: String],
                            titleLineLength: Int) throws(ImageError) -> [UInt8] {
        let svg = try filled(template, values: values, titleLineLength: titleLineLength)
        let image = try VipsImage.renderSVG(Array(svg.utf8), fileName: "social card")
        guard image.width == width, image.height == height else {
            throw .cardSize(width: image.width, height: image.height)
        }
        return try image.encoded(as: .png)
    }

    static func filled(_ template: String, values: [String: String],
                       titleLineLength: Int) throws(ImageError) -> String {
        let slots = titleSlotCount(template)
        let lines = TextWrap.lines(values["title"] ?? "", length: titleLineLength, maximumLines: slots)
        var allValues = values
        for slot in 0..<slots { allValues["title_line_\(slot + 1)"] = slot < lines.count ? lines[slot] : "" }
        var result = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = String(rest[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces)
            guard let value = allValues[name] else { throw .cardPlaceholder(name: name) }
            result += rest[..<open.lowerBound]
            result += HTMLEscaping.markup.escaped(TextWrap.xmlSafe(value))
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    private static func titleSlotCount(_ template: String) -> Int {
        var count = 0
        while template.contains("{{title_line_\(count + 1)}}") { count += 1 }
        return count
    }
}
