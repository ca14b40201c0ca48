import Testing
@testable import AttributionKit

@Test func progressEstimatesReadAsClockTimes() {
    #expect(ProgressMeter.duration(9.4) == "9s")
    #expect(ProgressMeter.duration(309) == "5:09")
    #expect(ProgressMeter.duration(3909) == "1:05:09")
}

@Test func quietProgressNeverWalksThePathsForItsEstimate() {
    var asked = false
    let meter = ProgressMeter(quiet: true) {
        asked = true
        return 100
    }
    meter.advance(articles: 3, bytes: 50)
    meter.finish()
    #expect(!asked)
}
