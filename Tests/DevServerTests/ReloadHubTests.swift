import DevServer
import Testing

@Suite struct ReloadHubTests {
    @Test func goodBuildAnnouncesReload() async {
        let hub = ReloadHub()
        let stream = await hub.subscribe()
        await hub.record(BuildOutcome(succeeded: true))
        await hub.finishAll()
        var events: [ServerSentEvent] = []
        for await event in stream { events.append(event) }
        #expect(events == [.reload])
        #expect(await hub.hasGoodSite)
    }

    @Test func failedBuildSendsDiagnosticsAndKeepsThemForNewPages() async {
        let hub = ReloadHub()
        await hub.record(BuildOutcome(succeeded: true))
        await hub.record(BuildOutcome(succeeded: false, problems: "content/editions/04.md:3:7: error: bad date"))
        let late = await hub.subscribe()
        await hub.finishAll()
        var events: [ServerSentEvent] = []
        for await event in late { events.append(event) }
        #expect(events == [.error("content/editions/04.md:3:7: error: bad date")])
        #expect(await hub.hasGoodSite)
        #expect(await hub.problems == "content/editions/04.md:3:7: error: bad date")
    }

    @Test func nextGoodBuildClearsTheError() async {
        let hub = ReloadHub()
        await hub.record(BuildOutcome(succeeded: false, problems: "boom"))
        #expect(await hub.hasGoodSite == false)
        await hub.record(BuildOutcome(succeeded: true))
        #expect(await hub.problems == nil)
    }
}
