import DevServer
import Testing

@Suite struct MIMETypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("editions/4/index.html", "text/html; charset=utf-8"),
        ("404.html", "text/html; charset=utf-8"),
        ("assets/style.css", "text/css; charset=utf-8"),
        ("assets/site.js", "text/javascript; charset=utf-8"),
        ("feed.xml", "application/rss+xml"),
        ("atom.xml", "application/atom+xml"),
        ("feed.json", "application/feed+json"),
        ("agenda.ics", "text/calendar; charset=utf-8"),
        ("editions/4/breizhpero-4.ics", "text/calendar; charset=utf-8"),
        ("sitemap.xml", "application/xml"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("favicon.svg", "image/svg+xml"),
        ("favicon.ico", "image/x-icon"),
        ("photos/a.PNG", "image/png"),
        ("photos/b.jpg", "image/jpeg"),
        ("photos/c.jpeg", "image/jpeg"),
        ("photos/d.webp", "image/webp"),
        ("photos/e.gif", "image/gif"),
        ("assets/font.woff2", "font/woff2"),
        ("assets/font.woff", "font/woff"),
        ("data.json", "application/json"),
        ("slides.pdf", "application/pdf"),
        ("README", "application/octet-stream"),
        (".hidden", "application/octet-stream"),
        ("archive.unknown", "application/octet-stream"),
    ])
    func typeOfPath(_ path: String, _ expected: String) {
        #expect(MIMEType.forPath(path) == expected)
    }
}
