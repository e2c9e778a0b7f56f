import DevServer
import Testing

@Suite struct ServerSentEventTests {
    @Test func reloadIsOneEventWithEmptyData() {
        #expect(ServerSentEvent.reload.framed == "event: reload\ndata: \n\n")
    }

    @Test func everyLineOfDataGetsItsOwnDataField() {
        let event = ServerSentEvent.error("a.md:1:1: error: one\r\nb.md:2:3: error: two\rthree\n")
        #expect(event.framed == "event: error\ndata: a.md:1:1: error: one\ndata: b.md:2:3: error: two\ndata: three\ndata: \n\n")
    }

    @Test func nameCannotBreakTheFrame() {
        #expect(ServerSentEvent(name: "x\ndata: injected", data: "d").framed == "event: xdata: injected\ndata: d\n\n")
    }
}
