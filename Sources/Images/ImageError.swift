import Foundation
import ImageHeaders

/// Why an image could not be made into variants.
package enum ImageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Found in the header, before decoding.
    case problem(ImageProblem)
    /// An SVG scales by itself: it is published as it is, not resized.
    case vectorImage(file: String)
    /// libvips failed while decoding or encoding (a file damaged past its header).
    case libvips(file: String, message: String)
    /// A social card template that does not render at 1200×630.
    case cardSize(width: Int, height: Int)
    /// A `{{name}}` of the card template with no value.
    case cardPlaceholder(name: String)

    package var description: String {
        switch self {
        case let .problem(problem): problem.description
        case let .vectorImage(file): "'\(file)' is an SVG image: it has no pixels to resize"
        case let .libvips(file, message) where file.isEmpty: Self.oneLine(message)
        case let .libvips(file, message): "'\(file)' cannot be decoded: \(Self.oneLine(message))"
        case let .cardSize(width, height):
            "the social card template renders at \(width)×\(height), not \(SocialCard.width)×\(SocialCard.height)"
        case let .cardPlaceholder(name):
            "the social card template uses '{{\(name)}}', which has no value"
        }
    }

    /// libvips's error buffer, one line a message, often the same one twice (the decoder's
    /// warning, then its failure): each message once, on one line, as a diagnostic prints.
    static func oneLine(_ message: String) -> String {
        var seen: Set<Substring> = []
        return message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces)[...] }
            .filter { !$0.isEmpty && seen.insert($0).inserted }.joined(separator: "; ")
    }
}
