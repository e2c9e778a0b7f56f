import Foundation
import IncrementalBuild
import SiteModel

/// What `kerne build` and `kerne check` were asked to do.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    /// nil: `themes/<theme of site.yml>` relative to the current folder.
    public var themeDirectory: URL?
    public var outputDirectory: URL
    public var baseURL: String?
    public var includeDrafts: Bool
    /// The reference day that decides what is upcoming; nil means today in the site's time zone.
    public var now: EventDate?
    /// Injected before `</body>` (live reload in serve mode).
    public var extraBodyHTML: String
    /// `--force`: replace an output folder that is not empty and was not made by kerne.
    public var replaceForeignOutput = false
    /// Where the build cache lives (`defaultCacheRoot` for the command line); nil: no cache,
    /// every build is a full one.
    public var cacheRoot: URL?
    /// Where processed images are kept (`<root>/images/`), by content; nil: the build cache's
    /// root, and without it every image is made again.
    public var imageCacheRoot: URL?

    /// `$KERNE_CACHE_DIR`, else `$XDG_CACHE_HOME/kerne`, else `~/.cache/kerne`.
    public static var defaultCacheRoot: URL { BuildCache.defaultRoot() }

    public init(contentDirectory: URL, themeDirectory: URL? = nil, outputDirectory: URL, baseURL: String? = nil,
                includeDrafts: Bool = false, now: EventDate? = nil, extraBodyHTML: String = "") {
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.now = now
        self.extraBodyHTML = extraBodyHTML
    }
}
