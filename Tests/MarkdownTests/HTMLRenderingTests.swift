import Testing
@testable import Markdown

@Suite("HTML of each block and inline kind")
struct HTMLRenderingTests {
    @Test func paragraphsAndSoftBreaks() {
        #expect(MD.html("Bonjour\nle monde\n\nSecond") == "<p>Bonjour\nle monde</p>\n<p>Second</p>\n")
    }

    @Test func headingsAtEveryLevel() {
        #expect(MD.html("# Un") == "<h1>Un</h1>\n")
        #expect(MD.html("###### Six") == "<h6>Six</h6>\n")
        #expect(MD.html("Deux\n---") == "<h2>Deux</h2>\n")
    }

    @Test func headingLevelOffsetIsClamped() {
        let shifted = MarkdownOptions(headingLevelOffset: 1)
        #expect(MD.html("# Titre\n\n## Sous-titre", shifted) == "<h2>Titre</h2>\n<h3>Sous-titre</h3>\n")
        #expect(MD.html("###### Six", shifted) == "<h6>Six</h6>\n")
        #expect(MD.html("# Un", MarkdownOptions(headingLevelOffset: -3)) == "<h1>Un</h1>\n")
    }

    @Test func emphasisStrongAndCodeSpans() {
        #expect(MD.html("*a* **b** `c < d`") == "<p><em>a</em> <strong>b</strong> <code>c &lt; d</code></p>\n")
    }

    @Test func hardLineBreakIsHTML5() {
        #expect(MD.html("a  \nb") == "<p>a<br>\nb</p>\n")
        #expect(MD.html("a\\\nb") == "<p>a<br>\nb</p>\n")
    }

    @Test func fencedAndIndentedCodeBlocks() {
        #expect(MD.html("```swift extra\nlet a = \"<b>\" && 1\n```")
            == "<pre><code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot; &amp;&amp; 1\n</code></pre>\n")
        #expect(MD.html("    indented\n") == "<pre><code>indented\n</code></pre>\n")
        #expect(MD.html("```\"><x\nz\n```") == "<pre><code class=\"language-&quot;&gt;&lt;x\">z\n</code></pre>\n")
    }

    @Test func blockQuote() {
        #expect(MD.html("> cité\n> encore") == "<blockquote>\n<p>cité\nencore</p>\n</blockquote>\n")
    }

    @Test func tightAndLooseLists() {
        #expect(MD.html("- a\n- b") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(MD.html("- a\n\n- b") == "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n")
        #expect(MD.html("1. a\n2. b") == "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n")
        #expect(MD.html("3) a\n4) b") == "<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n")
    }

    @Test func nestedListsAndQuoteInsideTightItem() {
        #expect(MD.html("- a\n  - b\n- c") == "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ul>\n")
        #expect(MD.html("- a\n  > q") == "<ul>\n<li>a\n<blockquote>\n<p>q</p>\n</blockquote>\n</li>\n</ul>\n")
    }

    @Test func thematicBreakIsHTML5() {
        #expect(MD.html("a\n\n***\n\nb") == "<p>a</p>\n<hr>\n<p>b</p>\n")
    }

    @Test func linksWithAndWithoutTitle() {
        #expect(MD.html("[ici](/a/b \"Le titre\")") == "<p><a href=\"/a/b\" title=\"Le titre\">ici</a></p>\n")
        #expect(MD.html("[x](#frag) [y](page.html) [z](https://e.org/?a=1&b=2)")
            == "<p><a href=\"#frag\">x</a> <a href=\"page.html\">y</a> <a href=\"https://e.org/?a=1&amp;b=2\">z</a></p>\n")
        #expect(MD.html("[ref]\n\n[ref]: /cible") == "<p><a href=\"/cible\">ref</a></p>\n")
    }

    @Test func autolinks() {
        #expect(MD.html("<https://breizhpero.bzh>") == "<p><a href=\"https://breizhpero.bzh\">https://breizhpero.bzh</a></p>\n")
        #expect(MD.html("<contact@example.org>") == "<p><a href=\"mailto:contact@example.org\">contact@example.org</a></p>\n")
    }

    @Test func imagesUseAltTextAndHTML5Tag() {
        #expect(MD.html("![Une *belle* photo](/img/a.jpg \"Titre\")")
            == "<p><img src=\"/img/a.jpg\" alt=\"Une belle photo\" title=\"Titre\"></p>\n")
        #expect(MD.html("![](x.png)") == "<p><img src=\"x.png\" alt=\"\"></p>\n")
        #expect(MD.html("[![logo](l.png)](/)") == "<p><a href=\"/\"><img src=\"l.png\" alt=\"logo\"></a></p>\n")
    }

    @Test func urlsArePercentEncodedAndQuoted() {
        #expect(MD.html("[a](</un chemin/é\">)") == "<p><a href=\"/un%20chemin/%C3%A9%22\">a</a></p>\n")
        #expect(MD.html("[a](/x \"dit \\\"non\\\" & <b>\")")
            == "<p><a href=\"/x\" title=\"dit &quot;non&quot; &amp; &lt;b&gt;\">a</a></p>\n")
    }

    @Test func textIsEscaped() {
        #expect(MD.html("a < b & \"c\" > d") == "<p>a &lt; b &amp; &quot;c&quot; &gt; d</p>\n")
        #expect(MD.html("\\<script>alert(1)\\</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n")
    }

    @Test func entitiesAreDecodedThenEscapedAgain() {
        #expect(MD.html("&eacute;t&eacute; &amp; &lt;b&gt; &#x27;") == "<p>été &amp; &lt;b&gt; '</p>\n")
    }
}
