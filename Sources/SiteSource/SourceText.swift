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
        var bytes = Array(data)[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard isValidUTF8(bytes) else { return .failure(.notUTF8) }
        let text = normalizeLineEndings(String(decoding: bytes, as: UTF8.self))
        if text.allSatisfy(\.isWhitespace) { return .failure(.empty) }
        return .success(text)
    }

    static func normalizeLineEndings(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
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

    private static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
