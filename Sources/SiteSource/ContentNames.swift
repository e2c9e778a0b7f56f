/// Which names in `content/` are not content: what editors, systems and tools leave beside the
/// files (`.#19-x.md` Emacs locks, `19-x.md~` backups, `.19-x.md.swp`, `.DS_Store`, `#19-x.md#`,
/// `x.tmp`). They are not read, not published and not watched.
package enum ContentNames {
    /// The one hidden folder that is published, at the top of `content/static/`: hosts and
    /// browsers read `/.well-known/` (security.txt, app links).
    package static let publishedHiddenFolder = ".well-known"

    package static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".tmp")
    }

    /// `isIgnored`, except for `.well-known` when `atStaticRoot`.
    package static func isIgnored(_ name: String, atStaticRoot: Bool) -> Bool {
        !(atStaticRoot && name == publishedHiddenFolder) && isIgnored(name)
    }
}
