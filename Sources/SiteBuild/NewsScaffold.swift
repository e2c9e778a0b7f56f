import SiteModel

/// The file `kerne new news` writes.
public enum NewsScaffold {
    /// `2013-10-29-la-cantine-ouvre.md` (`2013-10-la-cantine-ouvre.md` for a month); nil when the
    /// title gives an empty slug.
    public static func fileName(date: EventDate, title: String) -> String? {
        let slug = ScaffoldSlug.make(title)
        guard !slug.isEmpty else { return nil }
        return "\(date.dayOnly)-\(slug).md"
    }

    /// The notes and examples are the `new_*` words of the site's language.
    public static func text(title: String, date: EventDate, words: InterfaceWords) -> String {
        [
            "---",
            "title: \(YAMLScalar.text(title))",
            "date: \(date)",
            "# author: \(words["new_speaker_name"])",
            "# tags: [\(words["new_news_tags_example"])]",
            "# summary: \(words["new_summary_example"]) (\(words["new_summary"]))",
            "# " + words["new_news_body"],
            "---",
        ].joined(separator: "\n") + "\n"
    }
}
