import Testing
@testable import SiteRender

@Suite struct FeedAbsoluteLinksTests {
    static let base = "https://www.silicon-kerne.net"
    static let page = "https://www.silicon-kerne.net/editions/4/"

    private func absolutize(_ html: String, page: String = page, base: String = base) -> String {
        AbsoluteLinks.absolutize(html: html, pageURL: page, baseURL: base)
    }

    @Test(arguments: [
        ("/lieux/cantine/", "https://www.silicon-kerne.net/lieux/cantine/"),
        ("photos/a.jpg", "https://www.silicon-kerne.net/editions/4/photos/a.jpg"),
        ("./a.jpg", "https://www.silicon-kerne.net/editions/4/a.jpg"),
        ("../3/", "https://www.silicon-kerne.net/editions/3/"),
        ("..", "https://www.silicon-kerne.net/editions/"),
        ("../../../../x", "https://www.silicon-kerne.net/x"),
        ("#photos", "https://www.silicon-kerne.net/editions/4/#photos"),
        ("?page=2#top", "https://www.silicon-kerne.net/editions/4/?page=2#top"),
        ("a/b.html?x=1&amp;y=2#c", "https://www.silicon-kerne.net/editions/4/a/b.html?x=1&amp;y=2#c"),
        ("", "https://www.silicon-kerne.net/editions/4/"),
        ("https://example.org/a", "https://example.org/a"),
        ("http://example.org/../a", "http://example.org/../a"),
        ("mailto:contact@silicon-kerne.net", "mailto:contact@silicon-kerne.net"),
        ("tel:+33298000000", "tel:+33298000000"),
        ("//cdn.example.org/x.js", "https://cdn.example.org/x.js"),
    ])
    func resolvesHrefValues(value: String, expected: String) {
        #expect(absolutize("<a href=\"\(value)\">x</a>") == "<a href=\"\(expected)\">x</a>")
    }

    @Test func rewritesImagesAndKeepsOtherAttributes() {
        #expect(absolutize("<p><img src=\"a.png\" alt=\"/x\" title=\"b/c\" /></p>")
                == "<p><img src=\"\(Self.page)a.png\" alt=\"/x\" title=\"b/c\" /></p>")
        #expect(absolutize("<a class=\"x\" HREF='/y' data-href=\"/z\">t</a>")
                == "<a class=\"x\" HREF='\(Self.base)/y' data-href=\"/z\">t</a>")
    }

    @Test func leavesTextCommentsAndCodeAlone() {
        let html = "<p>href=\"/x\" src=\"y\"</p><!-- <a href=\"/c\"> --><pre><code>&lt;a href=&quot;/q&quot;&gt;</code></pre>"
        #expect(absolutize(html) == html)
    }

    @Test func aFragmentOfAPageWithAFragmentReplacesIt() {
        #expect(absolutize("<a href=\"#b\">x</a>", page: Self.page + "#a") == "<a href=\"\(Self.page)#b\">x</a>")
    }

    @Test func aBaseWithAPathOrATrailingSlashIsJoinedOnce() {
        #expect(absolutize("<a href=\"/x\">x</a>", base: "https://example.org/site/")
                == "<a href=\"https://example.org/site/x\">x</a>")
    }

    @Test func brokenMarkupDoesNotCrash() {
        for html in ["<a href=\"/x", "<a href=", "<a href", "<", "<a", "<!--", "<img src='a.png", "<a =\"x\" href=/y>"] {
            _ = absolutize(html)
        }
        #expect(absolutize("<a href=/y>t</a>") == "<a href=\(Self.base)/y>t</a>")
        #expect(absolutize("<a href=\"/x") == "<a href=\"\(Self.base)/x")
    }

    @Test func nonASCIITextIsKept() {
        #expect(absolutize("<p>Créac’h 🎉 <a href=\"é/ü\">ß</a></p>")
                == "<p>Créac’h 🎉 <a href=\"\(Self.page)é/ü\">ß</a></p>")
    }
}
