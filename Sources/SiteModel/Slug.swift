import Foundation

/// URL-safe names: lowercase ASCII letters and digits separated by single `-`.
public enum Slug {
    /// « Sterenn Le Coz » → `sterenn-le-coz`, « Référencement » → `referencement`.
    /// Returns an empty string when nothing usable is left.
    public static func make(_ text: String) -> String {
        if let ascii = asciiSlug(text) { return ascii }
        var result = ""
        var pendingDash = false
        func add(_ scalar: Unicode.Scalar) {
            if let folded = folded(scalar) {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(folded)
            } else if !isCombiningMark(scalar) {
                pendingDash = true
            }
        }
        // Decomposing scalar by scalar gives the same slug as decomposing the whole text (the
        // canonical reordering only moves marks between the same letters), and ASCII needs none.
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                add(scalar)
            } else {
                ScalarDecompositions.shared.decomposition(of: scalar).forEach(add)
            }
        }
        return result
    }

    /// `make` for ASCII text, on bytes (names and tags are mostly ASCII); nil for other text.
    private static func asciiSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingDash = false
            for byte in bytes {
                let folded: UInt8
                switch byte {
                case 0x80...: return nil
                case 0x30...0x39, 0x61...0x7A: folded = byte
                case 0x41...0x5A: folded = byte + 0x20
                default:
                    pendingDash = true
                    continue
                }
                if pendingDash, !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingDash = false
                result.append(folded)
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static func folded(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return String(scalar)
        case 0x41...0x5A: return String(Character(scalar)).lowercased()
        case 0xDF: return "ss"            // ß
        case 0xC6, 0xE6: return "ae"      // Æ æ
        case 0x152, 0x153: return "oe"    // Œ œ
        case 0xD8, 0xF8: return "o"       // Ø ø
        case 0x141, 0x142: return "l"     // Ł ł
        case 0xD0, 0xF0, 0x110, 0x111: return "d"
        case 0xDE, 0xFE: return "th"
        default: return nil
        }
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }
}
