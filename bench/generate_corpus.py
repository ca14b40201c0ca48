#!/usr/bin/env python3
"""Writes a deterministic synthetic news corpus for `make bench`.

Articles recombine the body paragraphs of the fictional articles in examples/ with sentences
built here from invented people, organisations and outlets, so every run of the same command
writes the same bytes.

  generate_corpus.py jsonl --megabytes 100 > corpus.jsonl   # one article a line (trafilatura fields)
  generate_corpus.py article --megabytes 20 > big.txt        # one plain-text article of that size
  generate_corpus.py quotes --count 50000 > quotes.txt       # one article holding that many quotes
"""
import argparse
import json
import os
import random
import sys

FIRST = ("Ada Bram Cora Dov Elin Fen Gus Hedda Ivo Jora Kasim Lio Mira Nils Orla Pell Quin Rasa Sten Tova "
         "Ulla Varo Wren Xani Yara Zev Alis Bodil Cato Dagny Emeric Faye Gideon Halla Isak Juno Keld Liv "
         "Maren Oskar").split()
LAST = ("Ashby Brennock Castellan Dunmore Elsworth Farrow Galloway Hestvik Ingram Jessop Kettleby Lindqvist "
        "Marchbank Norrell Oakhurst Pendry Quarrie Rowntree Salcombe Thorne Underhill Varga Whitlock Yelland "
        "Zabrisk Ambrose Beckwith Corran Dallow Everly Fairbairn Grimsby Holloway Islay Jarrow Kestrel "
        "Lockridge Merriden Northam Osgood").split()
TITLES = ["senior fellow", "professor of economics", "spokesperson", "deputy minister", "policy analyst",
          "research director", "retired general", "union organizer", "council member", "chief economist",
          "former ambassador", "legal scholar", "harbor master", "school principal", "clinic director"]
ORG_HEADS = ["Institute for", "Center for", "Council on", "Foundation for", "Office of", "Academy of"]
ORG_FIELDS = ["Coastal Policy", "Public Finance", "Rural Health", "Energy Futures", "Civic Trust",
              "Trade Studies", "Water Security", "Transport Research", "Labor Relations", "Regional Affairs"]
ORG_NAMES = ["Meridian", "Lumen", "Northgate", "Halvard", "Brightwater", "Corvid", "Ellison", "Tamsin"]
TOWNS = ["Brackwater", "Port Calder", "Tallow", "Corran", "Westfold", "Nordvik", "Gullport", "Ravensey"]
PAPERS = ["Ledger", "Gazette", "Courier", "Herald", "Evening Post", "Chronicle", "Observer", "Tribune"]
ANONYMOUS = ["a senior official", "a person familiar with the talks", "a former adviser",
             "an aide to the mayor", "a diplomat"]
CLAIMS = ["the budget would not survive another year of delays", "the plan had been drafted in a hurry",
          "talks would resume after the holiday", "the port needed new cranes before winter",
          "costs had doubled since the first estimate", "nobody had asked the residents",
          "the contract would be reviewed by auditors", "the vote was closer than it looked"]
QUOTES = ["We are not against change. We are against change nobody explained",
          "Every month of delay costs the town money it does not have",
          "The numbers simply do not add up", "This is the best offer anyone will make",
          "I have never seen the harbor this quiet", "Ask the people who live here, not the consultants",
          "We will be back with a better plan", "Nobody can tell you what it will cost in five years"]
NARRATIVE = ["The council met for nine hours on Tuesday before adjourning without a vote.",
             "Ferries ran half empty for most of the week as the strike went on.",
             "The report, published on Monday, runs to 240 pages and four appendices.",
             "Shop owners along the quay taped notices to their windows overnight.",
             "The ministry has not said when the final figures will be released."]


def example_paragraphs(folder):
    """Body paragraphs (long enough to be prose) of the fictional example articles."""
    paragraphs = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        if name.endswith(".json"):
            text = json.loads(text).get("text", "")
        for paragraph in text.split("\n\n"):
            paragraph = " ".join(paragraph.split())
            if len(paragraph) > 120 and not paragraph.startswith(("#", "!", "[")):
                paragraphs.append(paragraph)
    return paragraphs


class Writer:
    def __init__(self, seed, examples):
        self.random = random.Random(seed)
        self.examples = examples
        # Articles recombine a pool of paragraphs: varied enough, and fast enough for a gigabyte.
        self.pool = [self.new_paragraph() for _ in range(8000)]

    def person(self):
        return f"{self.random.choice(FIRST)} {self.random.choice(LAST)}"

    def organization(self):
        return f"{self.random.choice(ORG_NAMES)} {self.random.choice(ORG_HEADS)} {self.random.choice(ORG_FIELDS)}"

    def outlet(self):
        return f"{self.random.choice(TOWNS)} {self.random.choice(PAPERS)}"

    def sentence(self):
        r = self.random
        name, last = self.person(), r.choice(LAST)
        kind = r.randrange(8)
        if kind == 0:
            return f"\u201c{r.choice(QUOTES)},\u201d said {name}, a {r.choice(TITLES)} at the {self.organization()}."
        if kind == 1:
            return f"{name}, {r.choice(TITLES)} of the {self.organization()}, said {r.choice(CLAIMS)}."
        if kind == 2:
            return f"According to the {self.organization()}, {r.choice(CLAIMS)}."
        if kind == 3:
            return f"\u201c{r.choice(QUOTES)},\u201d {r.choice(['she', 'he'])} said."
        if kind == 4:
            return f"{r.choice(ANONYMOUS).capitalize()}, who asked not to be named, said {r.choice(CLAIMS)}."
        if kind == 5:
            return f"{name} told the {self.outlet()} that {r.choice(CLAIMS)}."
        if kind == 6:
            return f"\"{r.choice(QUOTES)},\" {name} said in an email."
        return r.choice(NARRATIVE)

    def new_paragraph(self):
        if self.examples and self.random.random() < 0.4:
            return self.random.choice(self.examples)
        return " ".join(self.sentence() for _ in range(self.random.randint(1, 3)))

    def paragraph(self):
        return self.random.choice(self.pool)

    def article(self, number):
        r = self.random
        body = "\n\n".join(r.choices(self.pool, k=r.randint(5, 14)))
        town = r.choice(TOWNS)
        return {
            "title": f"{town} {r.choice(['Council', 'Port', 'Ministry', 'Board'])} "
                     f"{r.choice(['Delays', 'Approves', 'Rejects', 'Reviews'])} {r.choice(['Budget', 'Floodwall', 'Ferry Deal', 'School Plan'])}",
            "author": self.person(),
            "sitename": self.outlet(),
            "date": f"2031-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            "url": f"https://news.example/{number}/{town.lower().replace(' ', '-')}",
            "text": body,
        }


def write_jsonl(writer, megabytes, out):
    target = int(megabytes * 1_000_000)
    written, number = 0, 0
    while written < target:
        number += 1
        line = json.dumps(writer.article(number), ensure_ascii=False) + "\n"
        data = line.encode("utf-8")
        out.write(data)
        written += len(data)


def write_article(writer, megabytes, out):
    target = int(megabytes * 1_000_000)
    head = "Tallow Board Weighs the Longest Agenda on Record\n\nBy Nia Brennock\n\n".encode("utf-8")
    out.write(head)
    written = len(head)
    number = 0
    while written < target:
        # Fresh, numbered paragraphs: ingest analyses an exactly repeated paragraph only once.
        number += 1
        sentences = " ".join(writer.sentence() for _ in range(writer.random.randint(2, 4)))
        data = f"Item {number} on the agenda came next. {sentences}\n\n".encode("utf-8")
        out.write(data)
        written += len(data)


def write_quotes(writer, count, out):
    out.write("Harbor Hearing Draws Record Testimony\n\nBy Tobias Wren\n\n".encode("utf-8"))
    r = writer.random
    for number in range(1, count + 1):
        # Numbered so no paragraph repeats another (repeats are analysed once).
        line = f"\u201c{r.choice(QUOTES)}, point {number},\u201d said {writer.person()}, a {r.choice(TITLES)}.\n\n"
        out.write(line.encode("utf-8"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["jsonl", "article", "quotes"])
    parser.add_argument("--megabytes", type=float, default=100, help="size to write (jsonl, article)")
    parser.add_argument("--count", type=int, default=50_000, help="number of quotes (quotes)")
    parser.add_argument("--seed", type=int, default=2031)
    parser.add_argument("--examples", default=os.path.join(os.path.dirname(__file__), "..", "examples"))
    args = parser.parse_args()
    writer = Writer(args.seed, example_paragraphs(args.examples))
    out = sys.stdout.buffer
    try:
        if args.kind == "jsonl":
            write_jsonl(writer, args.megabytes, out)
        elif args.kind == "article":
            write_article(writer, args.megabytes, out)
        else:
            write_quotes(writer, args.count, out)
        out.flush()
    except BrokenPipeError:
        # The reader stopped early (head, a failed run): not the generator's error.
        sys.stderr.close()


if __name__ == "__main__":
    main()
