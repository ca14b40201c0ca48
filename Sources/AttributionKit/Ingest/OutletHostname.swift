/// Names the outlet behind a hostname that a scraper gives for the site ("www.theepochtimes.com" is
/// The Epoch Times): a known outlet whose letters spell one of its labels.
enum OutletHostname {
    /// The known outlet `hostname` stands for, as the outlet list writes it; nil when none does.
    static func outlet(of hostname: String) -> String? {
        var labels = hostname.lowercased().split(separator: ".")
        if labels.first == "www" { labels.removeFirst() }
        // The last label is the top-level domain ("com"), never the name.
        return labels.dropLast().lazy.compactMap { outletsBySpelling[String($0)] }.first
    }

    /// Each known outlet by its letters and digits, lowercase, with no spaces or marks ("theepochtimes");
    /// read in sorted order so that a spelling two names share always gives the same one.
    private static let outletsBySpelling: [String: String] = {
        var table: [String: String] = [:]
        for name in Lexicon.shared.outlets.values.sorted() {
            let spelling = String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
            if table[spelling] == nil { table[spelling] = name }
        }
        return table
    }()
}
