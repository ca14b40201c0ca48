/// Finds the top-level quotation spans of a block in one pass over the quotation marks among its tokens.
///
/// Curly marks say which side they close, unless they stand on the wrong side of a word; straight
/// marks alternate. Single marks count as
/// quotation marks only outside double ones, and a closing single mark only when one is open, so
/// apostrophes (`the Vantas’ farm`, `’90s`) never start or end a quote. An odd number of marks is
/// recovered within the block: a quote left open runs to the block's end (a single one only when it
/// opens the block or follows a colon).
public struct QuoteScanner: Sendable {
    public init() {}

    public func scan(_ tokens: [Token]) -> [QuoteSpan] {
        scan(tokens, marks: tokens.indices.filter { tokens[$0].mark != nil })
    }

    /// `scan(_:)` given the indices of the quotation marks among `tokens`, in order, which the
    /// tokenizer lists as it makes them.
    func scan(_ tokens: [Token], marks: [Int]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        // A block with quotation marks mostly holds up to four quotes: room made once, not grown from one.
        if !marks.isEmpty { spans.reserveCapacity(4) }
        var openDouble: Int? = nil
        var openSingle: Int? = nil
        // A quote in double marks of the other style inside the open one (`"… the question: “Do you …?” …"`)
        // is part of it: its marks are passed over until the inner quote closes. Only when the outer quote
        // closes later in the block: a paragraph opened by a mark that it never closes is a quoted passage
        // running on, and its inner quotes are quotes of their own.
        var innerStyleOpen = false
        for (m, k) in marks.enumerated() {
            let token = tokens[k]
            guard let mark = token.mark else { continue }
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            let closesHere = next == nil || token.spaceAfter || next!.kind != .word
            let opensHere = k == 0 || (token.spaceBefore && !token.spaceAfter && next?.kind == .word)
            if let o = openDouble, mark.isDouble {
                let outerIsStraight = tokens[o].mark == .doubleStraight
                if innerStyleOpen {
                    if outerIsStraight ? mark == .doubleClose : mark == .doubleStraight { innerStyleOpen = false }
                    continue
                }
                let outerClose: QuoteMark = outerIsStraight ? .doubleStraight : .doubleClose
                if opensHere, outerIsStraight ? mark == .doubleOpen : mark == .doubleStraight,
                    marks[(m + 1)...].contains(where: { tokens[$0].mark == outerClose })
                {
                    innerStyleOpen = true
                    continue
                }
            }
            switch mark {
            case .doubleOpen where openDouble != nil && !token.spaceBefore && closesHere,
                .doubleClose where openDouble == nil && opensHere:
                // A curly mark of the wrong shape (`not,“ he said`, `” … they are`) acts by where it stands.
                if let o = openDouble {
                    spans.append(QuoteSpan(open: o, close: k, content: (o + 1)..<k, isDouble: true))
                    openDouble = nil
                } else {
                    openDouble = k
                    openSingle = nil
                }
            case .doubleOpen:
                if let o = openDouble { spans.append(QuoteSpan(open: o, close: nil, content: (o + 1)..<k, isDouble: true)) }
                openDouble = k
                openSingle = nil
            case .doubleClose:
                if let o = openDouble {
                    spans.append(QuoteSpan(open: o, close: k, content: (o + 1)..<k, isDouble: true))
                    openDouble = nil
                }
            case .doubleStraight:
                if let o = openDouble {
                    spans.append(QuoteSpan(open: o, close: k, content: (o + 1)..<k, isDouble: true))
                    openDouble = nil
                } else if token.spaceBefore || k == 0 || tokens[k - 1].kind == .punctuation || !closesHere {
                    openDouble = k
                    openSingle = nil
                }
            case .singleOpen, .singleStraight:
                guard openDouble == nil else { continue }
                if let o = openSingle, mark == .singleStraight, !token.spaceBefore, closesHere {
                    spans.append(QuoteSpan(open: o, close: k, content: (o + 1)..<k, isDouble: false))
                    openSingle = nil
                } else if openSingle == nil, token.spaceBefore || k == 0 || tokens[k - 1].kind != .word,
                    let next, !token.spaceAfter, next.kind == .word || next.kind == .number
                {
                    openSingle = k
                }
            case .singleClose:
                guard openDouble == nil, let o = openSingle else { continue }
                if !token.spaceBefore, closesHere {
                    spans.append(QuoteSpan(open: o, close: k, content: (o + 1)..<k, isDouble: false))
                    openSingle = nil
                }
            }
        }
        if let o = openDouble {
            spans.append(QuoteSpan(open: o, close: nil, content: (o + 1)..<tokens.count, isDouble: true))
        } else if let o = openSingle, o == 0 || tokens[o - 1].word == .colon, tokens[o + 1].kind == .word, tokens.count - o > 4 {
            // `Calder said: ‘The evidence was damning.` and a paragraph opening with a single mark: a
            // quote in single marks running on into the next paragraph.
            spans.append(QuoteSpan(open: o, close: nil, content: (o + 1)..<tokens.count, isDouble: false))
        }
        // In place: `filter` would allocate a second array for every block with a quote.
        spans.removeAll { $0.content.isEmpty }
        return spans
    }
}
