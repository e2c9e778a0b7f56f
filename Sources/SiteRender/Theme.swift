/// A theme as values: template sources by name (`edition`, `partials/header` …) and asset files.
/// SiteBuild reads it from disk; renderers only see these values.
public struct Theme: Hashable, Sendable {
    /// Template name (path under `templates/` without `.mustache`) → source text.
    public var templates: [String: String]
    /// Asset path under `assets/` → bytes.
    public var assets: [String: [UInt8]]

    public init(templates: [String: String], assets: [String: [UInt8]] = [:]) {
        self.templates = templates
        self.assets = assets
    }
}
