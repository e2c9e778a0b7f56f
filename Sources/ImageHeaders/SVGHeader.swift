import Foundation

/// The size of an SVG image from its root element: `width` and `height` in absolute units, or
/// the proportions of `viewBox` when one of them is missing or relative (`100%`, `2em`).
enum SVGHeader {
    /// How much of the text is searched for the root element.
    static let textLimit = 64 * 1024

    static func size(_ bytes: [UInt8]) -> ImageSize? {
        let text = String(decoding: bytes.prefix(textLimit), as: UTF8.self)
        guard let attributes = rootAttributes(text) else { return nil }
        let width = attributes["width"].flatMap(pixels)
        let height = attributes["height"].flatMap(pixels)
        let box = attributes["viewBox"].flatMap(viewBoxSize)
        switch (width, height, box) {
        case let (width?, height?, _):
            return rounded(width, height)
        case let (width?, nil, box?):
            return rounded(width, width * box.height / box.width)
        case let (nil, height?, box?):
            return rounded(height * box.width / box.height, height)
        case let (nil, nil, box?):
            return rounded(box.width, box.height)
        default:
            return nil
        }
    }

    /// The attributes of the first `<svg` start tag, quotes respected.
    static func rootAttributes(_ text: String) -> [String: String]? {
        var searchStart = text.startIndex
        while let range = text.range(of: "<svg", range: searchStart..<text.endIndex) {
            searchStart = range.upperBound
            guard let next = text[range.upperBound...].first, next.isWhitespace || next == ">" || next == "/"
            else { continue }
            return attributes(in: text[range.upperBound...])
        }
        return nil
    }

    private static func attributes(in tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var index = tag.startIndex
        func skipSpaces() { while index < tag.endIndex, tag[index].isWhitespace { index = tag.index(after: index) } }
        while true {
            skipSpaces()
            guard index < tag.endIndex, tag[index] != ">", tag[index] != "/" else { return result }
            let nameStart = index
            while index < tag.endIndex, !tag[index].isWhitespace, !"=>/".contains(tag[index]) { index = tag.index(after: index) }
            let name = String(tag[nameStart..<index])
            skipSpaces()
            guard index < tag.endIndex, tag[index] == "=" else { result[name] = ""; continue }
            index = tag.index(after: index)
            skipSpaces()
            guard index < tag.endIndex else { return result }
            let quote = tag[index]
            if quote == "\"" || quote == "'" {
                let valueStart = tag.index(after: index)
                guard let valueEnd = tag[valueStart...].firstIndex(of: quote) else { return result }
                result[name] = String(tag[valueStart..<valueEnd])
                index = tag.index(after: valueEnd)
            } else {
                let valueStart = index
                while index < tag.endIndex, !tag[index].isWhitespace, tag[index] != ">" { index = tag.index(after: index) }
                result[name] = String(tag[valueStart..<index])
            }
            if name.isEmpty { return result }
        }
    }

    /// CSS pixels of an absolute length (`40`, `40px`, `2cm`, `12pt` …); nil for relative ones.
    static func pixels(_ length: String) -> Double? {
        let trimmed = length.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [("px", 1), ("in", 96), ("cm", 96 / 2.54), ("mm", 96 / 25.4),
                                          ("pt", 4.0 / 3.0), ("pc", 16)]
        for (unit, factor) in units where trimmed.hasSuffix(unit) {
            return positive(trimmed.dropLast(unit.count)).map { $0 * factor }
        }
        return positive(Substring(trimmed))
    }

    private static func viewBoxSize(_ value: String) -> (width: Double, height: Double)? {
        let numbers = value.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { Double($0) }
        guard numbers.count == 4, let width = numbers[2], let height = numbers[3], width > 0, height > 0,
              width.isFinite, height.isFinite else { return nil }
        return (width, height)
    }

    private static func positive(_ text: Substring) -> Double? {
        guard let value = Double(text), value.isFinite, value > 0 else { return nil }
        return value
    }

    private static func rounded(_ width: Double, _ height: Double) -> ImageSize? {
        let limit = Double(Int32.max)
        guard width.isFinite, height.isFinite, width >= 0.5, height >= 0.5, width < limit, height < limit
        else { return nil }
        return ImageSize(width: Int(width.rounded()), height: Int(height.rounded()))
    }
}
