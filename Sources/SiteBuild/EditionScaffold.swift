import SiteModel

/// The file `kerne new edition` writes: pure functions of what was asked, tested on their own.
public enum EditionScaffold {
    /// A speaker given on the command line as `Name, Org` (or just `Name`).
    public struct Speaker: Hashable, Sendable {
        public let name: String
        public let affiliation: String?

        public init(name: String, affiliation: String? = nil) {
            self.name = name
            self.affiliation = affiliation
        }

        /// `Sterenn Le Coz, Evernet` → name and affiliation (cut at the first comma); nil when
        /// there is no name.
        public static func parse(_ text: String) -> Speaker? {
            let parts = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { return nil }
            let affiliation = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
            return Speaker(name: name, affiliation: affiliation)
        }
    }

    /// The title written when none is given.
    /// The date written when none is given: the month after `today`, to the month only
    /// (editions are monthly; the day is written once it is known).
    public static func defaultDate(today: EventDate) -> EventDate {
        today.month == 12 ? EventDate(year: today.year + 1, month: 1) : EventDate(year: today.year, month: today.month + 1)
    }

    /// One more than the highest number in use; 1 for the first edition.
    public static func nextNumber(after existing: [Int]) -> Int {
        (existing.max() ?? 0) + 1
    }

    /// `21-l-accessibilite-du-web.md`; numbers below 10 get a leading zero so that files sort.
    /// nil when the title gives an empty slug.
    public static func fileName(number: Int, title: String) -> String? {
        let slug = ScaffoldSlug.make(title)
        guard !slug.isEmpty else { return nil }
        return (number < 10 ? "0\(number)" : "\(number)") + "-" + slug + ".md"
    }

    /// The whole file: the required keys filled in, the optional ones as comments to uncomment,
    /// and an empty body for the announcement, then the recap.
    /// `number` nil: an event of an unnumbered series, named by its file. `published`: the day it
    /// is written, which the feeds give as the announcement's date.
    /// The notes and examples are the `new_*` words of the site's language.
    public static func text(number: Int?, title: String, date: EventDate, speakers: [Speaker] = [],
                            venueKeys: [String] = [], published: EventDate? = nil, words: InterfaceWords) -> String {
        var lines = ["---"] + (number.map { ["edition: \($0)"] } ?? [])
            + ["title: \(YAMLScalar.text(title))", "date: \(date)"]
        if let published { lines.append(noted("published: \(published)", "# " + words["new_published"])) }
        lines.append(noted("# end: YYYY-MM-DDTHH:MM", words["new_end"]))
        let known = venueKeys.isEmpty ? "" : " (\(venueKeys.joined(separator: ", ")))"
        lines.append(noted("# venue: \(venueKeys.first ?? words["new_venue_example"])", words.format("new_venue", ["known": known])))
        if speakers.isEmpty {
            lines += ["# speakers:", "#   - name: \(words["new_speaker_name"])", "#     affiliation: \(words["new_speaker_affiliation"])",
                      "#     url: https://example.org"]
        } else {
            lines.append("speakers:")
            for speaker in speakers {
                lines.append("  - name: \(YAMLScalar.text(speaker.name))")
                if let affiliation = speaker.affiliation { lines.append("    affiliation: \(YAMLScalar.text(affiliation))") }
                lines.append("#   url: https://example.org")
            }
        }
        lines += [
            noted("# attendees: 25", words["new_attendees"]),
            noted("# tags: [\(words["new_tags_example"])]", words["new_tags"]),
            noted("# photos:", words["new_photos"]),
            "#   - src: /photos/\(number.map(String.init) ?? "photo")-1.jpg",
            "#     alt: \(words["new_photo_alt"])",
            noted("# status: cancelled", words["new_status"]),
            noted("# previous_date: YYYY-MM-DD", words["new_previous_date"]),
            noted("# updated: YYYY-MM-DD", words["new_updated"]),
            noted("# summary: \(words["new_summary_example"])", words["new_summary"]),
            "# " + words["new_body"],
            "---",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A commented key and, aligned after it, what it is for.
    private static func noted(_ key: String, _ note: String) -> String {
        key + String(repeating: " ", count: max(1, 34 - key.count)) + note
    }
}
