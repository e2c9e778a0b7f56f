import SiteModel
@testable import SiteRender
import Testing

/// Images written in Markdown get the widths the build made of them, and only those.
@Suite struct ResponsiveMarkupTests {
    let images = ["/photos/a.jpg": PublishedImage(
        fallback: [ImageFile(src: "/photos/a-480.jpg", width: 480, height: 360, mimeType: "image/jpeg"),
                   ImageFile(src: "/photos/a.jpg", width: 800, height: 600, mimeType: "image/jpeg")],
        webP: [ImageFile(src: "/photos/a-480.webp", width: 480, height: 360, mimeType: "image/webp")])]

    @Test func addsSrcsetToResizedImagesOnly() {
        let html = "<p><img src=\"/photos/a.jpg\" alt=\"A\" /> <img src=\"/logo.svg\" alt=\"L\" /></p>\n"
        #expect(ResponsiveMarkup.addingSrcset(to: html, images: images, link: { "/base" + $0 })
                == "<p><img src=\"/photos/a.jpg\" srcset=\"/base/photos/a-480.jpg 480w, /base/photos/a.jpg 800w\" "
                + "sizes=\"\(ResponsiveMarkup.sizes)\" width=\"800\" height=\"600\" loading=\"lazy\" alt=\"A\" /> "
                + "<img src=\"/logo.svg\" alt=\"L\" /></p>\n")
    }

    @Test func leavesOtherHTMLAsItIs() {
        for html in ["", "<p>no image</p>", "<img src=\"/photos/a.jpg", "<p><img src=\"/photos/b.jpg\" alt=\"\" /></p>"] {
            #expect(ResponsiveMarkup.addingSrcset(to: html, images: images, link: { $0 }) == html)
        }
        #expect(ResponsiveMarkup.addingSrcset(to: "<img src=\"/photos/a.jpg\" />", images: [:], link: { $0 })
                == "<img src=\"/photos/a.jpg\" />")
    }
}
