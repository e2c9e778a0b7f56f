import Foundation

/// Turns the bytes of a content file into text: UTF-8 only, BOM dropped, CRLF and CR made LF,
/// so that line numbers match what editors show.
enum SourceText {
    enum Failure: Error, Equatable {
        case unreadable
        case notUTF8
        case empty
    }

    static func read(_ url: URL) -> Result<String, Failure> {
        guard let data = try? Data(contentsOf: url) else { return .failure(.unreadable) }
        return decode(data)
    }

    static func decode(_ data: Data) -> Result<String, Failure> {
        let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
        // One pass validates and makes the string.
        guard let decoded = String(validating: hasBOM ? data.dropFirst(3) : data[...], as: UTF8.self) else {
            return .failure(.notUTF8)
        }
        let text = normalizeLineEndings(decoded)
        if text.allSatisfy(\.isWhitespace) { return .failure(.empty) }
        return .success(text)
    }

    static func normalizeLineEndings(_ text: String) -> String {
        var text = text
        let hasCarriageReturn = text.withUTF8 { bytes in
            bytes.baseAddress.map { memchr($0, 13, bytes.count) != nil } ?? false
        }
        guard hasCarriageReturn else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { result.append(scalar) }
                previousWasCR = false
            }
        }
        return String(result)
    }
}
