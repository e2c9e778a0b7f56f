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

    public static func text(title: String, date: EventDate) -> String {
        [
            "---",
            "title: \(YAMLScalar.text(title))",
            "date: \(date)",
            "# author: Prénom Nom",
            "# tags: [cantine]",
            "# summary: One sentence for lists and feeds (default: the first paragraph)",
            "# After the closing line: the text of the post, in Markdown.",
            "---",
        ].joined(separator: "\n") + "\n"
    }
}
