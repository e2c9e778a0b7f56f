import Testing
@testable import SiteSource
