import Foundation
import FuzzSupport
import Markdown

/// Any Markdown renders; in safe mode the HTML has no script, frame, style or event handler,
/// and no link or image with a script or data URL.
enum MarkdownProperties {
    static let forbiddenTags = ["<script", "<iframe", "<style", "<object", "<embed", "<svg", "<form", "<!--"]

    static func check(_ bytes: [UInt8]) {
        let source = Fuzz.text(bytes)
        let safe = MarkdownRenderer.render(source, options: MarkdownOptions(language: "fr", allowUnsafeHTML: false))
        for html in [safe.html, safe.summaryHTML] {
            let lowered = html.lowercased()
            for tag in forbiddenTags { Fuzz.require(!lowered.contains(tag), "\(tag) in \(html.debugDescription)") }
            for value in attributeValues(lowered) {
                Fuzz.require(!isScriptURL(value), "script URL \(value.debugDescription) in \(html.debugDescription)")
            }
            Fuzz.require(!hasEventHandler(lowered), "event handler in \(html.debugDescription)")
        }
        _ = MarkdownRenderer.render(source, options: MarkdownOptions(language: "en", allowUnsafeHTML: true))
        _ = Typography.apply(to: source, language: "fr")
        _ = Typography.apply(to: source, language: "en")
    }

    /// The values of `href="…"` and `src="…"`.
    static func attributeValues(_ html: String) -> [String] {
        var values: [String] = []
        for name in ["href=\"", "src=\""] {
            var rest = Substring(html)
            while let range = rest.range(of: name) {
                rest = rest[range.upperBound...]
                let value = rest.prefix { $0 != "\"" }
                values.append(String(value))
            }
        }
        return values
    }

    static func isScriptURL(_ value: String) -> Bool {
        let decoded = value.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&colon;", with: ":")
            .replacingOccurrences(of: "&#58;", with: ":").replacingOccurrences(of: "&#x3a;", with: ":")
        let compact = String(decoded.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init))
        return ["javascript:", "vbscript:", "data:"].contains { compact.hasPrefix($0) }
    }

    /// An attribute named `on…=` inside a tag (outside quoted values).
    static func hasEventHandler(_ html: String) -> Bool {
        let scalars = Array(html.unicodeScalars)
        var inTag = false
        var quote: Unicode.Scalar?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "<" {
                inTag = true
            } else if scalar == ">" {
                inTag = false
            } else if inTag, scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if inTag, scalar.properties.isWhitespace, index + 2 < scalars.count,
                      scalars[index + 1] == "o", scalars[index + 2] == "n" {
                var end = index + 3
                while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
                if end < scalars.count, scalars[end] == "=" { return true }
            }
            index += 1
        }
        return false
    }
}

#if KERNE_FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    MarkdownProperties.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#else
@main enum Replay {
    static func main() { exit(Fuzz.replay(CommandLine.arguments.dropFirst(), MarkdownProperties.check)) }
}
#endif
