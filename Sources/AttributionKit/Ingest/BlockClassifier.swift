/// Decides the kind of every block candidate of an article: title, deck, byline,
/// dateline, heading, caption, boilerplate, author bio, or body.
///
/// Rules look at a line's shape and its place: bylines and decks only near the
/// headline, the bio only at the end. Anything no rule claims stays body text.
struct BlockClassifier {
    /// Where the headline comes from.
    enum TitleRule {
        /// Plain text: the first line that is not page furniture.
        case firstLine
        /// Markdown: the first heading, else a first line shaped like a headline.
        case firstHeading
        /// JSON: the title field; a line of the text that repeats it is the title block.
        case known(String?)
    }

    struct Result {
        var kinds: [Block.Kind]
        var title: String?
        var byline: [String]
    }

    /// How many blocks after the headline may still be bylines, decks or datelines.
    private static let headerReach = 12
    /// How many blocks at the end may be the author's bio.
    private static let bioReach = 3

    private let candidates: [BlockCandidate]
    private let shapes: [LineShape]
    private var kinds: [Block.Kind]
    private var decided: [Bool]
    private var byline: [String] = []

    private init(_ candidates: [BlockCandidate]) {
        self.candidates = candidates
        shapes = candidates.map { LineShape($0.text, length: $0.length) }
        kinds = candidates.map(Self.structuralKind)
        decided = [Bool](repeating: false, count: candidates.count)
    }

    static func classify(_ candidates: [BlockCandidate], titleRule: TitleRule) -> Result {
        var classifier = BlockClassifier(candidates)
        return classifier.run(titleRule)
    }

    private mutating func run(_ titleRule: TitleRule) -> Result {
        markFurniture()
        // The headline's shape is made once, for finding its block and its repeats below it.
        var title: String? = nil
        var titleShape: LineShape? = nil
        if case .known(let known?) = titleRule {
            title = known
            titleShape = LineShape(Array(known.utf8)[...], length: known.unicodeScalars.count)
        }
        let titleIndex = findTitle(titleRule, knownShape: titleShape)
        if let titleIndex {
            decide(titleIndex, .title)
            if title == nil {
                title = candidates[titleIndex].string
                titleShape = shapes[titleIndex]
            }
        }
        let bodyStart = readHeader(from: (titleIndex ?? -1) + 1, titleShape: titleShape)
        readBio()
        for index in bodyStart..<candidates.count
        where !decided[index] && candidates[index].isFreeText && HeadingDetector.isHeading(shapes[index]) {
            decide(index, .heading)
        }
        return Result(kinds: kinds, title: title, byline: byline)
    }

    private mutating func decide(_ index: Int, _ kind: Block.Kind) {
        kinds[index] = kind
        decided[index] = true
    }

    private static func structuralKind(_ candidate: BlockCandidate) -> Block.Kind {
        switch candidate.structure {
        case .line, .paragraph: return .body
        case .heading: return .heading
        case .blockQuote: return .blockQuote
        case .listItem: return .listItem
        }
    }

    /// Boilerplate, captions and date lines, wherever they stand.
    private mutating func markFurniture() {
        for index in candidates.indices {
            // Taken out of the array once: handed to each detector straight from it, the shape would
            // be copied (its text and words retained and released) for every call.
            let shape = shapes[index]
            if BoilerplateDetector.isBoilerplate(shape) {
                decide(index, .boilerplate)
            } else if candidates[index].isFreeText && CaptionDetector.hasCredit(shape) {
                decide(index, .caption)
            } else if candidates[index].isFreeText && DatelineDetector.isDateline(shape) {
                decide(index, .dateline)
            }
        }
        // One caption printed twice, with and without its credit: one of the two lines is a caption by its credit
        // ("The council voted 5-2 on …" and "The council voted 5-2 to …" are two paragraphs that open alike).
        for index in candidates.indices.dropLast()
        where candidates[index].isFreeText && candidates[index + 1].isFreeText
            && (kinds[index] == .caption || kinds[index + 1] == .caption)
            && CaptionDetector.areCaptionVariants(candidates[index].text, candidates[index + 1].text)
        {
            decide(index, .caption)
            decide(index + 1, .caption)
        }
    }

    /// The headline's block; `knownShape` is the shape of a known title.
    private func findTitle(_ rule: TitleRule, knownShape: LineShape?) -> Int? {
        guard let first = candidates.indices.first(where: { !decided[$0] }) else { return nil }
        switch rule {
        case .firstLine:
            return first
        case .firstHeading:
            if case .heading = candidates[first].structure { return first }
            return looksLikeHeadline(shapes[first]) ? first : nil
        case .known:
            // Without a title given, a first line shaped like a headline is it.
            guard let knownShape else { return looksLikeHeadline(shapes[first]) ? first : nil }
            let reach = min(candidates.count, first + Self.headerReach)
            return (first..<reach).first { !decided[$0] && shapes[$0].hasSameWords(as: knownShape) }
        }
    }

    /// A first line that could be a headline though nothing says so: short, no closing punctuation.
    private func looksLikeHeadline(_ shape: LineShape) -> Bool {
        !shape.hasEndPunctuation && shape.hasWordCount(in: 0...20)
    }

    /// Reads bylines, repeated headlines and the deck after the headline; returns the index
    /// of the first block of the body proper.
    private mutating func readHeader(from start: Int, titleShape: LineShape?) -> Int {
        let reach = min(candidates.count, start + Self.headerReach)
        var sawDeck = false
        var index = start
        while index < reach {
            if decided[index] {
                index += 1
            } else if let (kind, names) = headerKind(index, titleShape) {
                decide(index, kind)
                byline += names
                index += 1
            } else if !sawDeck && isDeck(index, before: reach, titleShape) {
                decide(index, .deck)
                sawDeck = true
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// A repeated headline or a byline.
    private func headerKind(_ index: Int, _ titleShape: LineShape?) -> (Block.Kind, [String])? {
        guard candidates[index].isFreeText else { return nil }
        if let titleShape, shapes[index].hasSameWords(as: titleShape) { return (.title, []) }
        if let names = BylineDetector.byNames(shapes[index]) ?? BylineDetector.loneNames(shapes[index]) {
            return (.byline, names)
        }
        return nil
    }

    /// The deck is one short prose line standing between the headline and a byline, date line
    /// or repeated headline (captions and page furniture may come between).
    private func isDeck(_ index: Int, before reach: Int, _ titleShape: LineShape?) -> Bool {
        guard candidates[index].isFreeText else { return false }
        var next = index + 1
        while next < reach, decided[next], kinds[next] == .caption || kinds[next] == .boilerplate { next += 1 }
        guard next < reach, kinds[next] == .dateline || headerKind(next, titleShape) != nil else { return false }
        // Counted last: most lines after a headline are long paragraphs of the body, and no deck.
        return shapes[index].hasWordCount(in: 0...50)
    }

    /// Marks the author bio at the end: a paragraph opening with the author's name,
    /// and the name lines standing just before it.
    private mutating func readBio() {
        // The last few content lines, found walking back from the end. Heading-shaped lines (related
        // headlines, topic tags) often follow the bio; they are not it.
        var lastContent: [Int] = []
        var index = candidates.count
        while index > 0, lastContent.count < Self.bioReach {
            index -= 1
            if !decided[index] && candidates[index].isFreeText && !HeadingDetector.isHeading(shapes[index]) {
                lastContent.append(index)
            }
        }
        // Paragraphs of five words or more, counted no further.
        for paragraph in lastContent.reversed() where !shapes[paragraph].hasWordCount(in: 0...4) {
            var nameLines: [Int] = []
            var names = byline
            var previous = paragraph - 1
            while previous >= 0, candidates[previous].isFreeText {
                if decided[previous] {
                    previous -= 1
                    continue
                }
                guard let lone = BylineDetector.loneNames(shapes[previous]) else { break }
                nameLines.append(previous)
                names += lone
                previous -= 1
            }
            guard let name = names.first(where: { opens(candidates[paragraph].text, with: $0) }) else { continue }
            decide(paragraph, .bio)
            for line in nameLines where candidates[line].string == name { decide(line, .bio) }
            if byline.isEmpty { byline = [name] }
            return
        }
    }

    /// Whether `text` (UTF-8) starts with `name` followed by a word break.
    private func opens(_ text: ArraySlice<UInt8>, with name: String) -> Bool {
        guard text.starts(with: name.utf8) else { return false }
        let end = text.startIndex + name.utf8.count
        return end < text.endIndex && !text.scalar(at: end).scalar.properties.isAlphabetic
    }
}
