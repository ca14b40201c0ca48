import Testing
@testable import AttributionKit

/// Mangled copy (stray marks, cut words, sentences starting mid-way) must never stop the engine:
/// one trap would end a whole batch. A seeded generator keeps every run the same.
@Suite struct RobustnessTests {
    static let paragraphs = [
        "Mayor Rosa Lind, speaking at a rally in Kessel, Vestland, said the toll was “a fair price.”",
        "“We will not back down,” said her spokesman, Ivo Brandt, adding, “Not now.”",
        "A person briefed on the talks, who asked not to be named, said two firms had made offers.",
        "On July 6, 2015, the harbor board’s chief, Dr. Anand Rao, told the Harbor Ledger that the pier was unsafe.",
        "According to the state news agency, Minister Wei Lan met his counterpart, Badr al-Harthy.",
    ]
    static let marks = ["“", "”", "\"", "‘", "’", "'", ",", ":", "—", " -- ", "(", ")", " said ", " according to ", "Mr. ", "’s"]

    /// A small linear congruential generator: the same mutations on every machine.
    struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    static func mangled(_ text: String, _ random: inout Seeded) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<(1 + random.next(6)) {
            guard !scalars.isEmpty else { break }
            let at = random.next(scalars.count)
            switch random.next(3) {
            case 0: scalars.insert(contentsOf: marks[random.next(marks.count)].unicodeScalars, at: at)
            case 1: scalars.removeSubrange(at..<min(scalars.count, at + 1 + random.next(12)))
            default: scalars = Array(scalars[at...] + scalars[..<at])
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    @Test func mangledParagraphsAreReadWithinTheirText() {
        var random = Seeded(state: 2026)
        for _ in 0..<300 {
            let paragraphs = (0..<(1 + random.next(3))).map { _ in Self.mangled(Self.paragraphs[random.next(Self.paragraphs.count)], &random) }
            // Story lays paragraphs out as if separated by blank lines.
            let length = paragraphs.map { $0.unicodeScalars.count + 2 }.reduce(0, +) - 2
            let result = AttributionEngine().attribute(Story.article(paragraphs))
            for attribution in result.attributions {
                #expect(attribution.span.start >= 0 && attribution.span.start <= attribution.span.end)
                #expect(attribution.span.end <= length)
            }
        }
    }
}
