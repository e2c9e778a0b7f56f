import SiteModel

/// A theme as values: template sources by name (`edition`, `partials/header` …) and asset files.
/// SiteBuild reads it from disk; renderers only see these values.
public struct Theme: Hashable, Sendable {
    /// Template name (path under `templates/` without `.mustache`) → source text.
    public var templates: [String: String]
    /// Asset path under `assets/` → bytes.
    public var assets: [String: [UInt8]]
    /// The widths photos are published at (`image_widths` of `theme.yml`); none wider than the original.
    public var imageWidths: [Int]
    /// The interface's words by language, as the files `strings/<language>.yml` name them (`fr`,
    /// `en`, `en-GB`); a theme's own entries replace its parent's one key at a time.
    public var strings: [String: [String: InterfaceText]]
    /// `sizes` of an image written in Markdown (`image_sizes` of `theme.yml`): how wide the
    /// theme's stylesheet shows it at each viewport width, so the browser picks a width of `srcset`.
    public var imageSizes: String
    /// `sizes` of an edition's `photos:` in its gallery (`gallery_sizes` of `theme.yml`).
    public var gallerySizes: String

    /// Phone, laptop, and a large screen at twice the density of a half-width column.
    public static let defaultImageWidths = [480, 960, 1600]
    /// A column of prose at most, as `.prose` of the default theme.
    public static let defaultImageSizes = "(min-width: 42rem) 42rem, 100vw"
    /// The default theme's gallery: one column on a phone, two, then four of 18rem.
    public static let defaultGallerySizes = "(min-width: 72rem) 18rem, (min-width: 36rem) 50vw, 100vw"
    /// The template of the social card: an SVG with `{{name}}` slots (see `SocialCard`).
    public static let cardTemplate = "social-card"

    public init(templates: [String: String], assets: [String: [UInt8]] = [:], imageWidths: [Int] = defaultImageWidths,
                strings: [String: [String: InterfaceText]] = [:],
                imageSizes: String = defaultImageSizes, gallerySizes: String = defaultGallerySizes) {
        self.templates = templates
        self.assets = assets
        self.imageWidths = imageWidths
        self.strings = strings
        self.imageSizes = imageSizes
        self.gallerySizes = gallerySizes
    }
}
