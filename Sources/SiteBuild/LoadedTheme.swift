import Foundation
import SiteRender

/// A theme read from disk, with the file each template came from (its own folder or a parent's),
/// so that an error in a template names the right file.
struct LoadedTheme {
    var theme: Theme
    /// Template name → its file.
    var templateFiles: [String: URL]
    /// The theme asked for (the first of the chain): where a missing template belongs.
    var directory: URL
}
