import Foundation
@testable import AttributionKit

/// A small fictional corpus (invented outlets, reporters and speakers) as JSON Lines, for the corpus,
/// history and merge tests.
enum CorpusTestArticles {
    static let lines: [String] = [
        article(
            title: "Quarry Town Weighs New Rail Spur", outlet: "Tallow Gazette", author: "Nia Brennock", date: "2031-03-02",
            url: "https://tallow.example/news/rail-spur",
            text: """
                The Tallow county board delayed a vote on a freight spur to the old quarry on Monday.

                "We cannot let trucks keep grinding through the school zone," said Dara Quell, a transport analyst at the Lumen Policy Institute.

                Board chair Osric Penhallow said the county would wait for a noise study. "Numbers first, then votes," he said.

                A county engineer who asked not to be named said the study was already late.
                """),
        article(
            title: "Harbor Pilots Warn of Silting Channel", outlet: "Tallow Gazette", author: "Nia Brennock", date: "2031-03-19",
            url: "https://tallow.example/news/silting",
            text: """
                Pilots at the Tallow harbor say the main channel is filling with silt faster than dredgers can clear it.

                "Two more winters like this and the big ships go elsewhere," said Marit Ashgrove, who leads the pilots' association.

                According to the port authority, dredging money runs out in June.

                Professor Ilse Varnam of Northgate University told the Tallow Gazette that the silt came from upstream logging.
                """),
        article(
            title: "Ministry Defends Ferry Subsidy", outlet: "Corran Ledger", author: "Tobias Wren", date: "2031-04-07",
            url: "https://corran.example/2031/04/ferry-subsidy",
            text: """
                The transport ministry on Friday defended a subsidy for the island ferries that auditors called open-ended.

                "Islanders are citizens too, and they deserve a boat that runs on time," ministry spokesperson Helga Dorne said in a statement.

                Dara Quell, a transport analyst at the Lumen Policy Institute, said the subsidy had no end date. "Nobody can tell you what it will cost in five years," she said.

                Officials familiar with the audit said the report would be published next week.
                """),
        article(
            title: "Wind Farm Approved Over Fishers' Objections", outlet: "Corran Ledger", author: "Tobias Wren; Ada Felsk", date: "April 22, 2031",
            url: "https://corran.example/2031/04/wind-farm",
            text: """
                The planning board approved a 40-turbine wind farm off the Corran coast on Tuesday.

                "This is the cleanest power this county will ever buy," said board member Ruan Okello.

                Fishers were less pleased. "They drew the map without us," said Selma Ivory, who has fished the bank for 30 years.

                Experts say turbines can help fish stocks by keeping trawlers out.
                """),
        article(
            title: "School Levy Fails by 112 Votes", outlet: "Tallow Gazette", author: "Perrin Holt", date: "2031-05-03",
            url: "https://tallow.example/news/levy",
            text: """
                A levy to rebuild the Tallow high school failed by 112 votes on Saturday.

                "We will be back in the fall with a smaller ask," superintendent Gwen Torvald said.

                Osric Penhallow, the board chair, said the county could not cover the roof repairs alone.

                According to the Corran Ledger, two nearby districts passed similar levies last year.
                """),
        article(
            title: "Clinic Hours Cut as Nurses Leave", outlet: "Westfold Courier", author: "Ada Felsk", date: "2031-05-15",
            url: "https://westfold.example/clinic-hours",
            text: """
                The Westfold community clinic will close on Sundays from next month after four nurses left.

                "We are asking too few people to do too much," clinic director Amos Kettering said.

                A nurse who spoke on condition of anonymity said pay had not risen in six years.

                Lena Sarkis, a health economist at Northgate University, said rural clinics across the region faced the same squeeze.
                """),
    ]

    /// The corpus as one JSON Lines text.
    static var jsonLines: String {
        lines.joined(separator: "\n") + "\n"
    }

    private static func article(title: String, outlet: String, author: String, date: String, url: String, text: String) -> String {
        let object: [String: String] = ["title": title, "sitename": outlet, "author": author, "date": date, "url": url, "text": text]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// The audits of the corpus, analysed one by one in order.
    static func audits() -> [Audit] {
        let analyzer = Analyzer()
        return lines.enumerated().flatMap { number, line in
            ArticleLoader().load(.line(source: "corpus.jsonl", number: number + 1, bytes: Array(line.utf8))).articles
                .map(analyzer.analyze)
        }
    }
}
