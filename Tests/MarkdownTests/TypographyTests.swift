import Testing
@testable import Markdown

@Suite("French typography")
struct TypographyTests {
    private func fr(_ source: String) -> String { MD.html(source, MD.french) }

    @Test func spacesBeforeHighPunctuationBecomeNarrowNoBreak() {
        #expect(fr("Quoi ? Oui ! Bon ; fini") == "<p>Quoi\(MD.nnbsp)? Oui\(MD.nnbsp)! Bon\(MD.nnbsp); fini</p>\n")
    }

    @Test func colonAndGuillemetsGetNoBreakSpaces() {
        #expect(fr("Note : « apéro » ici") == "<p>Note\(MD.nbsp): «\(MD.nbsp)apéro\(MD.nbsp)» ici</p>\n")
    }

    @Test func noSpaceIsAddedWhereNoneWasWritten() {
        #expect(fr("http://x.org 19:00 Note: «mot» Quoi?") == "<p>http://x.org 19:00 Note: «mot» Quoi?</p>\n")
    }

    @Test func numberAndUnitAreNotSplit() {
        #expect(fr("de 9 h à 17 h 30, 9 € ou 20 %.") == "<p>de 9\(MD.nbsp)h à 17\(MD.nbsp)h 30, 9\(MD.nbsp)€ ou 20\(MD.nbsp)%.</p>\n")
        #expect(fr("à 9 h") == "<p>à 9\(MD.nbsp)h</p>\n")
        #expect(fr("les 9 heures, 3 hommes, 2 hé") == "<p>les 9 heures, 3 hommes, 2 hé</p>\n")
        #expect(MD.html("de 9 h à 17 h", MD.safe) == "<p>de 9 h à 17 h</p>\n")
    }

    @Test func apostrophesBecomeTypographic() {
        #expect(fr("L'apéro d'hier") == "<p>L’apéro d’hier</p>\n")
    }

    @Test func punctuationAcrossTextNodes() {
        #expect(fr("*mot* !") == "<p><em>mot</em>\(MD.nnbsp)!</p>\n")
        #expect(fr("**gras** ?") == "<p><strong>gras</strong>\(MD.nnbsp)?</p>\n")
        #expect(fr("mot *!*") == "<p>mot\(MD.nnbsp)<em>!</em></p>\n")
        #expect(fr("[lien](/a) :") == "<p><a href=\"/a\">lien</a>\(MD.nbsp):</p>\n")
        #expect(fr("« *mot* »") == "<p>«\(MD.nbsp)<em>mot</em>\(MD.nbsp)»</p>\n")
        #expect(fr("*«* mot") == "<p><em>«</em>\(MD.nbsp)mot</p>\n")
    }

    @Test func codeSpansAndBlocksAreUntouched() {
        #expect(fr("`a ; b 'c'` d") == "<p><code>a ; b 'c'</code> d</p>\n")
        #expect(fr("```\nx ? 'y' : z\n```") == "<pre><code>x ? 'y' : z\n</code></pre>\n")
        #expect(fr("avant `code` !") == "<p>avant <code>code</code>\(MD.nnbsp)!</p>\n")
    }

    @Test func codeSpanEndsTheRun() {
        #expect(fr("a `b`! c") == "<p>a <code>b</code>! c</p>\n")
        #expect(fr("mot `x` ?") == "<p>mot <code>x</code>\(MD.nnbsp)?</p>\n")
        #expect(fr("mot `x`\n? fin") == "<p>mot <code>x</code>\n? fin</p>\n")
    }

    @Test func destinationsAutolinksAndRawHTMLAreUntouched() {
        let french = MarkdownOptions(language: "fr-FR")
        #expect(MD.html("[l'a](/l'a \"c'est\") <https://x.org/l'a>", french)
            == "<p><a href=\"/l'a\" title=\"c’est\">l’a</a> <a href=\"https://x.org/l'a\">https://x.org/l'a</a></p>\n")
        #expect(MD.render("[l'a](/l'a)", french).links == ["/l'a"])
        let unsafeFrench = MarkdownOptions(language: "fr", allowUnsafeHTML: true)
        #expect(MD.html("<span title='a ; b'>x</span>", unsafeFrench) == "<p><span title='a ; b'>x</span></p>\n")
    }

    @Test func softBreakIsNotAnOrdinarySpace() {
        #expect(fr("mot\n! suite") == "<p>mot\n! suite</p>\n")
    }

    @Test func otherLanguagesAreUnchanged() {
        #expect(MD.html("Hello : it's « fine » ; ok ?") == "<p>Hello : it's « fine » ; ok ?</p>\n")
        #expect(Typography.apply(to: "c'est ok ?", language: "br") == "c'est ok ?")
    }

    @Test func englishGetsCurlyQuotesAndNoSpaceBeforePunctuation() {
        #expect(Typography.apply(to: "it's ok ?", language: "en") == "it’s ok?")
        #expect(Typography.apply(to: "She said \"hi\" : 'quite' so !", language: "en-GB")
            == "She said “hi”: ‘quite’ so!")
        #expect(Typography.apply(to: "Doors at 19:30 :) really ?!", language: "en-US") == "Doors at 19:30 :) really?!")
        #expect(Typography.apply(to: "(\"quoted\")", language: "en") == "(“quoted”)")
        let english = MarkdownOptions(language: "en")
        #expect(MD.render("The \"*best*\" meetup ! `it's code`", english).html
            == "<p>The “<em>best</em>” meetup! <code>it's code</code></p>\n")
        #expect(MD.render("Hello *there* !", english).html == "<p>Hello <em>there</em>!</p>\n")
    }

    @Test func plainStringsForTitles() {
        #expect(Typography.apply(to: "Breizh'péro : l'édition « IA » ?", language: "fr")
            == "Breizh’péro\(MD.nbsp): l’édition «\(MD.nbsp)IA\(MD.nbsp)»\(MD.nnbsp)?")
        #expect(Typography.apply(to: "À 19:00 !", language: "FR-ca") == "À 19:00\(MD.nnbsp)!")
        #expect(Typography.apply(to: "", language: "fr") == "")
        #expect(Typography.apply(to: " ; ", language: "fr") == "\(MD.nnbsp); ")
    }

    @Test func typographyReachesPlainTextSummaryAndAltText() {
        let output = MD.render("C'est l'heure !\n\n![l'image](/i.png)", MD.french)
        #expect(output.summaryText == "C’est l’heure\(MD.nnbsp)!")
        #expect(output.summaryHTML == "C’est l’heure\(MD.nnbsp)!")
        #expect(output.plainText == "C’est l’heure\(MD.nnbsp)!\n\nl’image")
        #expect(output.html.contains("alt=\"l’image\""))
    }
}
