import ContentHash
import SiteModel
import SiteRender

/// A digest of a theme's templates, assets and strings: a different theme changes every file's key.
package enum ThemeDigest {
    package static func of(_ theme: Theme) -> ContentDigest {
        var hasher = ContentHasher()
        for name in theme.templates.keys.sorted() {
            hasher.add(name)
            hasher.add(theme.templates[name] ?? "")
        }
        hasher.add("assets")
        for path in theme.assets.keys.sorted() {
            hasher.add(path)
            hasher.add(bytes: theme.assets[path] ?? [])
        }
        hasher.add("strings")
        for language in theme.strings.keys.sorted() {
            hasher.add(language)
            let entries = theme.strings[language] ?? [:]
            for key in entries.keys.sorted() {
                hasher.add(key)
                switch entries[key] {
                case .text(let text): hasher.add("text"); hasher.add(text)
                case .list(let items): hasher.add("list \(items.count)"); items.forEach { hasher.add($0) }
                case .plural(let forms):
                    hasher.add("plural \(forms.count)")
                    for form in forms.keys.sorted() { hasher.add(form); hasher.add(forms[form] ?? "") }
                case nil: break
                }
            }
        }
        hasher.add("image widths")
        for width in theme.imageWidths { hasher.add(UInt64(max(width, 0))) }
        hasher.add(theme.imageSizes)
        hasher.add(theme.gallerySizes)
        return hasher.finish()
    }
}
