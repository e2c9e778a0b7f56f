import Foundation
import Testing
import SiteModel

@Suite struct EventDatePaddingTests {
    @Test func paddingMatchesPrintf() {
        for value in [0, 5, -5, 42, 123, 2011, -2011, 99999] {
            for width in [2, 4] {
                #expect(EventDate.padded(value, width) == String(format: "%0\(width)d", value))
            }
        }
    }
}
