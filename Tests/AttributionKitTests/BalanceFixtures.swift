@testable import AttributionKit

/// Small fictional articles for the balance tests: statements are built with a given number of words.
enum BalanceFixtures {
    static func article(blocks: Int = 6, duplicates: [Int: Int] = [:], outlet: String? = nil) -> Article {
        let built = (0..<blocks).map { index in
            Block(kind: .body, text: "Paragraph \(index).", offsets: .contiguous(start: index * 20), duplicateOf: duplicates[index])
        }
        return Article(id: "fixture", origin: "fixture.txt", title: "Harbour talks stall", outlet: outlet, format: .text, blocks: built)
    }

    /// A statement of `words` words by `source`, in block `block`.
    static func statement(_ source: String?, words: Int, block: Int = 0, kind: Attribution.Kind = .direct,
                          via: String? = nil, viaIsOutlet: Bool = false) -> Attribution {
        let text = Array(repeating: "word", count: words).joined(separator: " ")
        return Attribution(kind: kind, text: text, sourceID: source, via: via, viaIsOutlet: viaIsOutlet,
                           blockIndex: block, span: TextSpan(0, text.unicodeScalars.count))
    }

    static func component(_ balance: Balance, _ measure: BalanceMeasure) -> Balance.Component {
        balance.components.first { $0.name == measure.rawValue }!
    }
}
