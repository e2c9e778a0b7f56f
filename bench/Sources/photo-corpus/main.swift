// Gives every edition of a generated corpus one photo (`swift build -c release --product photo-corpus`):
//   photo-corpus CONTENT_DIR
// For the i-th edition of CONTENT_DIR/editions/ (in byte order of file names), writes
// static/photos/edition-<i>.jpg, a 1200×800 JPEG drawn from an SVG (gradients, shapes and the
// number, in colours that depend on i only: deterministic, and not one flat colour, so that
// resizing and encoding do real work), and adds a `photos:` entry to the edition's front matter.
import Foundation
import Images

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: photo-corpus CONTENT_DIR\n".utf8))
    exit(2)
}
let content = URL(fileURLWithPath: arguments[1])
let editions = content.appendingPathComponent("editions")
let photos = content.appendingPathComponent("static/photos")
try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
let names = try FileManager.default.contentsOfDirectory(atPath: editions.path).filter { $0.hasSuffix(".md") }
    .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }

/// A colour of the wheel, from a number.
func colour(_ seed: Int) -> String {
    let hue = (seed * 47) % 360
    return "hsl(\(hue), \(45 + seed % 40)%, \(35 + (seed / 7) % 30)%)"
}

func svg(_ number: Int) -> String {
    var shapes = ""
    for k in 0..<12 {
        let x = (number * 97 + k * 211) % 1200, y = (number * 61 + k * 137) % 800, r = 40 + (number + k * 29) % 160
        shapes += "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(r)\" fill=\"\(colour(number + k * 5))\" fill-opacity=\"0.6\"/>"
    }
    return """
    <svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="\(colour(number))"/><stop offset="1" stop-color="\(colour(number * 3 + 11))"/>
    </linearGradient></defs>
    <rect width="1200" height="800" fill="url(#g)"/>\(shapes)
    <text x="60" y="740" font-family="DejaVu Sans" font-size="96" fill="#ffffff">n° \(number)</text>
    </svg>
    """
}

for (offset, name) in names.enumerated() {
    let number = offset + 1
    let photo = "edition-\(number).jpg"
    try Data(try SVGRaster.jpeg(svg(number))).write(to: photos.appendingPathComponent(photo))
    let file = editions.appendingPathComponent(name)
    let text = try String(contentsOf: file, encoding: .utf8)
    // The front matter's closing line: the second `---`.
    guard text.hasPrefix("---\n"), let close = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) else {
        FileHandle.standardError.write(Data("photo-corpus: no front matter in \(name)\n".utf8))
        exit(1)
    }
    // Run again on the same corpus: the photo is written again, the entry not.
    guard !text[..<close.lowerBound].contains("\nphotos:") else { continue }
    let entry = "\nphotos:\n  - src: /photos/\(photo)\n    alt: La salle pendant la soirée n° \(number)"
    try Data((text[..<close.lowerBound] + entry + text[close.lowerBound...]).utf8).write(to: file)
}
print("photo-corpus: \(names.count) editions, one photo each, in \(photos.path)")
