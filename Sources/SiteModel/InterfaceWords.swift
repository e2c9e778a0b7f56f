/// The words of the interface in the site's language, from the theme's strings files: every label,
/// title, status, date name and phrase that pages, feeds and calendars show. Nothing of it is
/// written in Swift; a key the theme lacks reads as empty (SiteBuild refuses such a theme first).
///
/// Phrases hold `{name}` slots that `format` fills: « Sujet : {tag} ».
public struct InterfaceWords: Hashable, Sendable {
    /// Key → entry, already merged (theme over parent, `en-GB` over `en`) and typeset.
    public private(set) var entries: [String: InterfaceText]

    public init(_ entries: [String: InterfaceText] = [:]) {
        self.entries = entries
    }

    /// The counts that take the `one` form: `plural_one: [0, 1]` in French, `[1]` in English.
    public var countsTakingOne: [Int] {
        guard case .list(let counts) = entries["plural_one"] else { return [1] }
        return counts.compactMap { Int($0) }
    }

    public subscript(key: String) -> String {
        switch entries[key] {
        case .text(let text): text
        case .plural(let forms): forms["other"] ?? ""
        case .list, nil: ""
        }
    }

    public func list(_ key: String) -> [String] {
        guard case .list(let items) = entries[key] else { return [] }
        return items
    }

    /// The form of `key` for `count`, its slots filled (`{count}` and `values`).
    public func plural(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        let form: String
        switch entries[key] {
        case .plural(let forms):
            form = (countsTakingOne.contains(count) ? forms["one"] : nil) ?? forms["other"] ?? ""
        case .text(let text): form = text
        case .list, nil: form = ""
        }
        return Self.fill(form, values.merging(["count": String(count)]) { given, _ in given })
    }

    /// The phrase of `key` with its slots filled.
    public func format(_ key: String, _ values: [String: String]) -> String {
        Self.fill(self[key], values)
    }

    /// Replaces each `{name}` of `pattern` by its value; an unknown slot is left as written.
    public static func fill(_ pattern: String, _ values: [String: String]) -> String {
        guard pattern.contains("{") else { return pattern }
        var result = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Every text with `transform` applied (typography), slots and all.
    public func mapTexts(_ transform: (String) -> String) -> InterfaceWords {
        InterfaceWords(entries.mapValues { entry in
            switch entry {
            case .text(let text): .text(transform(text))
            case .list(let items): .list(items.map(transform))
            case .plural(let forms): .plural(forms.mapValues(transform))
            }
        })
    }
}
