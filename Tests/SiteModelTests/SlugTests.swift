import Testing
@testable import SiteModel
import TestSupport

@Suite struct SlugTests {
    @Test(arguments: [
        ("Sterenn Le Coz", "sterenn-le-coz"),
        ("Référencement", "referencement"),
        ("Garçon", "garcon"),
        ("  L'ergonomie & le design web !  ", "l-ergonomie-le-design-web"),
        ("Œuvre Straße", "oeuvre-strasse"),
        ("iOS 7", "ios-7"),
        ("---", ""),
        ("🎉", ""),
        ("Breizh’péro #4", "breizh-pero-4"),
    ])
    func slugs(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }
}

/// `Slug.make` decomposes scalar by scalar; it must agree with decomposing the whole text.
@Suite struct SlugDecompositionTests {
    static func reference(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            let folded = Slug.make(String(scalar))
            if !folded.isEmpty {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result += folded
            } else if scalar.properties.generalCategory != .nonspacingMark {
                pendingDash = true
            }
        }
        return result
    }

    @Test func scalarByScalarMatchesWholeText() {
        let pieces = ["a", "Z", "é", "e\u{301}", "\u{301}", "\u{323}\u{301}", "ß", "Œ", "ﬁ", "①", "Å", "ǅ", "한",
                      " ", "-", "'", "’", "ø", "\u{903}", "x\u{20DD}", "Ḉ", "ǖ", "9", "½", "Ⅻ", "ｶ", "ﾞ"]
        var generator = SeededGenerator(seed: 0x5106)
        var seen = Set<String>()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            seen.insert(text)
            #expect(Slug.make(text) == Self.reference(text),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) }), \(generator.replay)")
        }
        #expect(seen.count > 1_500, "only \(seen.count) distinct inputs, \(generator.replay)")
    }
}
