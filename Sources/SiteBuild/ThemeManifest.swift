/// `theme.yml` of a theme folder: `extends: <theme name>`, the theme whose templates and assets
/// this one inherits; `image_widths: 480 960 1600`, the widths photos are published at; and the
/// `sizes` attribute of their `<img>`, for images written in Markdown (`image_sizes`) and for
/// an edition's `photos:` (`gallery_sizes`): only the theme's stylesheet knows how wide each is shown.
/// Read by a strict line reader (one `key: value` a line), so that SiteBuild needs no YAML library.
struct ThemeManifest: Hashable, Sendable {
    var extends: String?
    var imageWidths: [Int]?
    var imageSizes: String?
    var gallerySizes: String?

    static let fileName = "theme.yml"
    static let keys = ["extends", "image_widths", "image_sizes", "gallery_sizes"]

    /// Errors are `line:column: message`, relative to the file.
    static func parse(_ text: String) -> Result<ThemeManifest, ThemeManifestError> {
        var manifest = ThemeManifest()
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let lineNumber = offset + 1
            let content = withoutComment(rawLine)
            guard !content.allSatisfy(\.isWhitespace) else { continue }
            guard let colon = content.firstIndex(of: ":") else {
                return .failure(.init(line: lineNumber, column: 1, message: "expected 'extends: <theme name>'"))
            }
            let key = content[..<colon].trimmingSpaces
            guard keys.contains(key) else {
                return .failure(.init(line: lineNumber, column: 1,
                                      message: "unknown key '\(key)'; the keys are " + keys.map { "'\($0)'" }.joined(separator: ", ")))
            }
            let afterColon = content.index(after: colon)
            let valueStart = content[afterColon...].firstIndex(where: { !$0.isWhitespace }) ?? afterColon
            let valueColumn = content.distance(from: content.startIndex, to: valueStart) + 1
            var value = content[content.index(after: colon)...].trimmingSpaces
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            func failure(_ message: String, column: Int? = nil) -> Result<ThemeManifest, ThemeManifestError> {
                .failure(.init(line: lineNumber, column: column ?? valueColumn, message: message))
            }
            switch key {
            case "image_widths":
                let widths = value.split(whereSeparator: { $0 == " " || $0 == "," }).map { Int($0) }
                guard manifest.imageWidths == nil, !widths.isEmpty, widths.allSatisfy({ ($0 ?? 0) > 0 && ($0 ?? 0) <= 8192 }) else {
                    return failure("'image_widths' must be given once, as widths in pixels such as '480 960 1600'")
                }
                manifest.imageWidths = widths.compactMap { $0 }
            case "image_sizes", "gallery_sizes":
                let given = key == "image_sizes" ? manifest.imageSizes : manifest.gallerySizes
                guard given == nil else { return failure("'\(key)' is given twice", column: 1) }
                guard isSizes(value) else {
                    return failure("'\(key)' must be the value of an <img> 'sizes' attribute, such as "
                                   + "'(min-width: 50rem) 46rem, 100vw', without quotes, '<', '>' or '&'")
                }
                if key == "image_sizes" { manifest.imageSizes = value } else { manifest.gallerySizes = value }
            default:
                guard isThemeName(value) else {
                    return failure("'extends' must be the name of a theme folder, such as 'default', not '\(value)'")
                }
                guard manifest.extends == nil else { return failure("'extends' is given twice", column: 1) }
                manifest.extends = value
            }
        }
        return .success(manifest)
    }

    /// A folder name: letters, digits, `.`, `_`, `-`; not `.` or `..`.
    static func isThemeName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".."
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }

    /// Written into an attribute as it is, so nothing that would end the attribute or start markup.
    static func isSizes(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && !"\"'<>&`".unicodeScalars.contains($0) }
    }

    private static func withoutComment(_ line: Substring) -> Substring {
        var previous: Character = " "
        for index in line.indices {
            if line[index] == "#", previous.isWhitespace { return line[..<index] }
            previous = line[index]
        }
        return line
    }
}

/// A `theme.yml` that cannot be read.
struct ThemeManifestError: Error, Hashable, Sendable {
    let line: Int
    let column: Int
    let message: String
}

private extension Substring {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
