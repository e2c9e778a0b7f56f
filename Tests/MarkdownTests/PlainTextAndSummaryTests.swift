import Testing
@testable import Markdown

@Suite("Plain text and summary")
struct PlainTextAndSummaryTests {
    @Test func blocksAreSeparatedByABlankLineWithoutMarkup() {
        let source = "# Titre\n\nUn *mot* et **deux** [liens](/x).\nSuite\n\n> Cité\n\n---\n\nFin  \nligne"
        #expect(MD.text(source) == "Titre\n\nUn mot et deux liens. Suite\n\nCité\n\nFin\nligne")
    }

    @Test func listItemsOnePerLine() {
        #expect(MD.text("Avant\n\n- a\n- b\n\nAprès") == "Avant\n\n- a\n- b\n\nAprès")
        #expect(MD.text("1. un\n2. deux") == "1. un\n2. deux")
        #expect(MD.text("7) sept\n8) huit") == "7. sept\n8. huit")
        #expect(MD.text("- a\n\n- b") == "- a\n- b")
    }

    @Test func nestedListsAreIndented() {
        #expect(MD.text("- a\n  - b\n  - c\n- d") == "- a\n  - b\n  - c\n- d")
        #expect(MD.text("1. a\n   1. b\n\n   suite") == "1. a\n   1. b\n   suite")
        #expect(MD.text("- - a\n  - b") == "- - a\n  - b")
        #expect(MD.text("- a\n-\n- c") == "- a\n-\n- c")
    }

    @Test func imagesBecomeTheirAltTextAndCodeStaysVerbatim() {
        #expect(MD.text("Voici ![une *photo*](/p.jpg) et `a < b`") == "Voici une photo et a < b")
        #expect(MD.text("```\nif a < b {\n\n  x\n}\n```") == "if a < b {\n\n  x\n}")
        #expect(MD.text("- code :\n\n      l1\n      l2") == "- code :\n  l1\n  l2")
    }

    @Test func entitiesAreDecodedAndRawHTMLLeftOut() {
        #expect(MD.text("&amp; &lt;b&gt; &eacute;t&eacute; <b>gras</b>", MD.unsafe) == "& <b> été gras")
        #expect(MD.text("<div>\nbloc\n</div>\n\nTexte", MD.unsafe) == "Texte")
    }

    @Test func summaryIsTheFirstTopLevelParagraph() {
        let output = MD.render("# Titre\n\n> Cité d'abord\n\nLe *premier* & [vrai](/x).\n\nLe second.")
        #expect(output.summaryHTML == "Le <em>premier</em> &amp; <a href=\"/x\">vrai</a>.")
        #expect(output.summaryText == "Le premier & vrai.")
    }

    @Test func summaryIgnoresParagraphsInsideListsAndQuotes() {
        let output = MD.render("- item\n\n> cité")
        #expect(output.summaryHTML.isEmpty)
        #expect(output.summaryText.isEmpty)
    }

    @Test func summaryKeepsSoftBreaksAsSpacesInText() {
        let output = MD.render("ligne un\nligne deux")
        #expect(output.summaryHTML == "ligne un\nligne deux")
        #expect(output.summaryText == "ligne un ligne deux")
    }
}
