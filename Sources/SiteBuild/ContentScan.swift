import Foundation

/// Light reads of a content folder for `kerne new`, which must work even when some file has
/// an error (the loader then gives no site): line scans, no YAML parser.
enum ContentScan {
    /// The `edition:` numbers of the front matters in `editions/`. File names do not count:
    /// they are free (a name that takes the next number anyway makes `kerne new` refuse).
    static func editionNumbers(in editions: URL) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: editions.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.compactMap { name in
            let text = (try? String(contentsOf: editions.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return frontMatterValue("edition", in: text).flatMap { Int($0) }
        }
    }

    /// The value of a top-level key of a front matter (or, with `frontMatter: false`, of a
    /// YAML file), quotes and trailing comment removed.
    static func frontMatterValue(_ key: String, in text: String, frontMatter: Bool = true) -> String? {
        let lines = SourceFiles.split(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        var body = lines[...]
        if frontMatter {
            guard let first = lines.first, first.hasPrefix("---") else { return nil }
            body = lines.dropFirst().prefix { !$0.hasPrefix("---") }
        }
        for line in body where line.hasPrefix(key + ":") {
            var value = line.dropFirst(key.count + 1)
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            let unquoted = trimmed.count >= 2 && (trimmed.first == "\"" || trimmed.first == "'") && trimmed.last == trimmed.first
                ? String(trimmed.dropFirst().dropLast()) : trimmed
            return unquoted.isEmpty ? nil : unquoted
        }
        return nil
    }

    /// `timezone` of `site.yml`, or Europe/Paris (the default of the contract).
    static func timeZone(ofSiteFile url: URL) -> TimeZone {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let identifier = frontMatterValue("timezone", in: text, frontMatter: false) ?? "Europe/Paris"
        return TimeZone(identifier: identifier) ?? TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 0)!
    }

    /// The `language` of `site.yml`; `fr`, its default, when it has none.
    static func language(ofSiteFile url: URL) -> String {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return frontMatterValue("language", in: text, frontMatter: false) ?? "fr"
    }

    /// The top-level keys of `venues.yml`, sorted.
    static func venueKeys(ofFile url: URL) -> [String] {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return SourceFiles.split(text).compactMap { line -> String? in
            guard let first = line.first, first.isLetter || first.isNumber, let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            return key.contains(" ") ? nil : key
        }.sorted()
    }
}
