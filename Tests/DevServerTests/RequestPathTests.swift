@testable import DevServer
import Testing

@Suite struct RequestPathTests {
    @Test(arguments: [
        "/..", "/../", "/../etc/passwd", "/editions/../../secret", "/a/./b", "/.",
        "/%2e%2e/secret", "/%2E%2E/secret", "/.%2e/secret", "/%2e./secret", "/..%2fsecret", "/..%2Fsecret",
        "/editions/..%2f..%2fsecret", "/%2fetc/passwd", "/a%5c..%5csecret", "/a\\..\\secret", "/..\\secret",
        "/index.html%00.txt", "/%00", "/a%0d%0aSet-Cookie:x", "/a%7fb",
        "/%", "/%2", "/%zz", "/%c3", "/%ff%fe",
        "//etc/passwd", "//example.org/", "/a//b", "", "secret", "http://example.org/",
    ])
    func refusesHostilePaths(_ path: String) {
        #expect(RequestPath(rawPath: path) == .refused)
    }

    @Test func decodesSafePaths() {
        #expect(RequestPath(rawPath: "/") == .segments([], directory: true))
        #expect(RequestPath(rawPath: "/editions/4/") == .segments(["editions", "4"], directory: true))
        #expect(RequestPath(rawPath: "/editions/4") == .segments(["editions", "4"], directory: false))
        #expect(RequestPath(rawPath: "/assets/style.css?v=3#top") == .segments(["assets", "style.css"], directory: false))
        #expect(RequestPath(rawPath: "/sujets/r%C3%A9f%C3%A9rencement/") == .segments(["sujets", "référencement"], directory: true))
        #expect(RequestPath(rawPath: "/a%20b.txt") == .segments(["a b.txt"], directory: false))
        #expect(RequestPath(rawPath: "/..foo/bar..") == .segments(["..foo", "bar.."], directory: false))
        #expect(RequestPath(rawPath: "/.well-known/x") == .segments([".well-known", "x"], directory: false))
    }
}
