import SiteModel
@testable import SiteRender
import Testing

/// Images written in Markdown get, in one pass, what the build knows of them: the widths it made
/// of a resized image, the declared size of one published as it is; nothing for the others.
@Suite struct ResponsiveMarkupTests {
    let images = ["/photos/a.jpg": PublishedImage(
        fallback: [ImageFile(src: "/photos/a-480.jpg", width: 480, height: 360, mimeType: "image/jpeg"),
                   ImageFile(src: "/photos/a.jpg", width: 800, height: 600, mimeType: "image/jpeg")],
        webP: [ImageFile(src: "/photos/a-480.webp", width: 480, height: 360, mimeType: "image/webp")])]
    let dimensions = ["/logo.svg": ImageDimensions(width: 120, height: 40),
                      "/photos/salle 1.gif": ImageDimensions(width: 640, height: 400)]
    let sizes = "(min-width: 50rem) 46rem, 100vw"

    func page(_ html: String, link: @escaping (String) -> String = { $0 }) -> String {
        ResponsiveMarkup.adding(to: html, .init(published: images, dimensions: dimensions, sizes: sizes, link: link))
    }

    @Test func addsSrcsetToResizedImagesAndSizesToTheOthers() {
        let html = "<p><img src=\"/photos/a.jpg\" alt=\"A\" /> <img src=\"/logo.svg\" alt=\"L\" /></p>\n"
        #expect(ResponsiveMarkup.adding(to: html, .init(published: images, dimensions: dimensions, sizes: sizes,
                                                        link: { "/base" + $0 }))
                == "<p><img src=\"/photos/a.jpg\" srcset=\"/base/photos/a-480.jpg 480w, /base/photos/a.jpg 800w\" "
                + "sizes=\"(min-width: 50rem) 46rem, 100vw\" width=\"800\" height=\"600\" loading=\"lazy\" alt=\"A\" /> "
                + "<img src=\"/logo.svg\" width=\"120\" height=\"40\" alt=\"L\" /></p>\n")
    }

    /// As written in HTML: percent escapes, `&amp;`, a query or a fragment still name the file.
    @Test func findsTheFileBehindAnEscapedSource() {
        #expect(page("<img src=\"/photos/salle%201.gif?v=2&amp;x=1\" alt=\"S\" title=\"t\">")
                == "<img src=\"/photos/salle%201.gif?v=2&amp;x=1\" width=\"640\" height=\"400\" alt=\"S\" title=\"t\">")
    }

    @Test func leavesOtherHTMLAsItIs() {
        for html in ["", "<p>no image</p>", "<img src=\"/photos/a.jpg", "<p><img src=\"/photos/b.jpg\" alt=\"\" /></p>",
                     "<img src=\"https://example.org/logo.svg\" alt=\"\">", "<img src=\"//example.org/logo.svg\">",
                     // Raw HTML that gives its own size keeps it.
                     "<img src=\"/logo.svg\" width=\"60\" alt=\"L\">"] {
            #expect(page(html) == html)
        }
        #expect(ResponsiveMarkup.adding(to: "<img src=\"/photos/a.jpg\" />",
                                        .init(published: [:], dimensions: [:], sizes: sizes, link: { $0 }))
                == "<img src=\"/photos/a.jpg\" />")
    }

    /// Feeds (no `sizes`) keep the widest file, with its size, and no `srcset`.
    @Test func feedsGetTheWidestSizeOnly() {
        let markup = ResponsiveMarkup.Images(published: images, dimensions: dimensions, sizes: nil, link: { $0 })
        #expect(ResponsiveMarkup.adding(to: "<img src=\"/photos/a.jpg\" alt=\"A\" />", markup)
                == "<img src=\"/photos/a.jpg\" width=\"800\" height=\"600\" alt=\"A\" />")
    }
}
