import Foundation
import SiteModel
import SiteSource
import SiteRender

/// PLACEHOLDER pipeline.
public struct SiteBuilder {
    public init() {}
}
