import Escaping
import Testing

@Suite struct HTMLEscapingTests {
    @Test func commonMarkEscapesFourCharactersAsCmarkDoes() {
        #expect(HTMLEscaping.commonMark.escaped(#"a & b < c > d "e" 'f'"#) == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'")
    }

    @Test func markupAlsoEscapesTheApostropheAsSwiftMustacheDid() {
        #expect(HTMLEscaping.markup.escaped(#"a & b < c > d "e" 'f'"#) == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;")
    }

    @Test(arguments: [HTMLEscaping.commonMark, .markup])
    func textWithNothingToEscapeIsKeptAsItIs(escaping: HTMLEscaping) {
        for text in ["", "Breizh’péro « 19 h »", "e\u{301}", "🙂 ok"] {
            #expect(escaping.escaped(text) == text)
        }
    }

    @Test(arguments: [HTMLEscaping.commonMark, .markup])
    func stringsAndBytesAppendTheSameBytes(escaping: HTMLEscaping) {
        let text = "é<\"\u{301}&'x"
        var fromString: [UInt8] = Array("before ".utf8)
        var fromBytes = fromString
        escaping.append(text, to: &fromString)
        escaping.append(Array(text.utf8), to: &fromBytes)
        #expect(fromString == fromBytes)
        #expect(String(decoding: fromString, as: UTF8.self) == "before " + escaping.escaped(text))
    }

    @Test func aMarkAfterAQuoteDoesNotHideTheQuote() {
        // Bytes, not characters: `"` + U+0301 is one character but its quote is still escaped.
        #expect(HTMLEscaping.markup.escaped("\"\u{301}") == "&quot;\u{301}")
    }
}
