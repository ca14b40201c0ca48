import Testing
@testable import AttributionKit

@Suite struct TextSpanTests {
    @Test func overlappingSpansShareAPosition() {
        #expect(TextSpan(0, 5).overlaps(TextSpan(4, 9)))
        #expect(!TextSpan(0, 5).overlaps(TextSpan(5, 9)))
    }

    @Test func mappedOffsetsFollowTheInput() {
        let map = OffsetMap.mapped([10, 11, 14, 15])
        #expect(map.inputSpan(1..<3) == TextSpan(11, 15))
        #expect(OffsetMap.contiguous(start: 7).inputSpan(2..<4) == TextSpan(9, 11))
    }
}
