/// The words of a name or title, lowercased, with the possessive 's and punctuation removed
/// ("U.S." → "us", "Iran's" → "iran", "Brig. Gen." → "brig gen"), so that names written
/// differently compare equal. Each word remembers whether it was capitalised in the text.
struct NameWords: Hashable {
    var words: [String]
    /// Whether each word began with a capital letter or a digit, as names do.
    var capitalized: [Bool]

    init(_ text: String) {
        var words: [String] = []
        var capitalized: [Bool] = []
        var current = String.UnicodeScalarView()
        var currentCapitalized = false
        func finish() {
            if !current.isEmpty {
                words.append(String(current))
                capitalized.append(currentCapitalized)
                current = String.UnicodeScalarView()
            }
        }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" {
                // Possessive 's ends the word; other apostrophes are dropped ("B'Tselem" → "btselem").
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                let after = index + 2 < scalars.count ? scalars[index + 2] : " "
                if (next == "s" || next == "S") && !after.properties.isAlphabetic {
                    index += 2
                    finish()
                    continue
                }
            } else if scalar == "." {
                // Dots inside abbreviations vanish ("U.S."), so the letters stay one word.
            } else if scalar.isASCII {
                // ASCII letters and digits without the cost of Unicode properties.
                let value = scalar.value
                if (65...90).contains(value) {
                    if current.isEmpty { currentCapitalized = true }
                    current.append(Unicode.Scalar(value + 32)!)
                } else if (97...122).contains(value) || (48...57).contains(value) {
                    if current.isEmpty { currentCapitalized = value <= 57 }
                    current.append(scalar)
                } else if scalar == "&" {
                    finish()
                    words.append("and")
                    capitalized.append(false)
                } else {
                    finish()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if current.isEmpty { currentCapitalized = scalar.properties.isUppercase || scalar.properties.numericType != nil }
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar == "&" {
                finish()
                words.append("and")
                capitalized.append(false)
            } else {
                finish()
            }
            index += 1
        }
        finish()
        self.words = words
        self.capitalized = capitalized
    }

    /// The lookup key of a whole name: its words joined by spaces, a leading "the" dropped.
    var key: String {
        (words.first == "the" ? words.dropFirst() : words[...]).joined(separator: " ")
    }

    static func key(_ text: String) -> String {
        NameWords(text).key
    }
}
