import ContentHash
import SiteRender

/// A digest of a theme's templates and assets: a different theme changes every file's key.
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
        hasher.add("image widths")
        for width in theme.imageWidths { hasher.add(UInt64(max(width, 0))) }
        hasher.add(theme.imageSizes)
        hasher.add(theme.gallerySizes)
        return hasher.finish()
    }
}
