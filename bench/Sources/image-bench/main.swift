// Measures the image layer on one file (`swift build -c release --product image-bench`):
//   image-bench FILE [WIDTHS [RUNS [CACHE]]]    e.g. image-bench photo.jpg 480,960,1600 5
// With a CACHE folder, through ImageCache: the first run fills it, the others read it.
// Prints the time per photo (all widths and formats), the bytes written and the peak resident
// memory; a refused file prints its error and the memory it took.
import Foundation
import Images

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: image-bench FILE [WIDTHS [RUNS]]\n".utf8))
    exit(2)
}
let url = URL(fileURLWithPath: arguments[1])
let widths = (arguments.count > 2 ? arguments[2] : "480,960,1600").split(separator: ",").compactMap { Int($0) }
let runs = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 1) : 3
let cache = arguments.count > 4 ? ImageCache(directory: URL(fileURLWithPath: arguments[4])) : nil
let bytes = [UInt8](try Data(contentsOf: url))

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

var times: [Double] = []
var output = 0
for _ in 0..<runs {
    let start = ContinuousClock.now
    do {
        let image = try cache.map { try $0.image(contentKey: "bench", bytes: bytes, fileName: url.lastPathComponent, widths: widths) }
            ?? ResponsiveImage.make(from: bytes, fileName: url.lastPathComponent, widths: widths)
        output = image.variants.reduce(0) { $0 + $1.bytes.count }
        print(image.variants.map { "\($0.width)×\($0.height) \($0.format.name) \($0.bytes.count) B" }.joined(separator: ", "))
    } catch {
        print("error: \(error)")
    }
    let elapsed = ContinuousClock.now - start
    times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
}
let sorted = times.sorted()
print(String(format: "%@: %d runs, median %.1f ms, min %.1f ms per photo; %d bytes out; peak RSS %.1f MB",
             url.lastPathComponent, runs, sorted[sorted.count / 2], sorted[0], output, peakResidentMegabytes()))
