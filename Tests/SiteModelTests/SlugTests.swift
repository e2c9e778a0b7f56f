import Testing
@testable import SiteModel

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
