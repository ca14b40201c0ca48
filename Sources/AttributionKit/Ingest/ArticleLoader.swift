/// Reads one input into articles: fetches its bytes, refuses what is not text, picks the
/// reader by extension or content, and applies the `--outlet` / `--title` overrides.
public struct ArticleLoader: Sendable {
    /// Values given on the command line; they win over anything read or inferred.
    public var overrides: ArticleMetadata

    public init(overrides: ArticleMetadata = ArticleMetadata()) {
        self.overrides = overrides
    }

    /// The articles of `source` (several for JSON Lines) and the problems met on the way.
    public func load(_ source: ArticleSource) -> (articles: [Article], problems: [BatchProblem]) {
        do {
            return read(try source.bytes(), from: source)
        } catch {
            return ([], [error])
        }
    }

    /// The articles held in `bytes`, named after `source`.
    public func read(_ bytes: [UInt8], from source: ArticleSource) -> (articles: [Article], problems: [BatchProblem]) {
        let origin = source.name
        let format: InputFormat
        switch source {
        case .file(let path): format = InputFormatDetector.format(forPath: path)
        case .standardInput: format = InputFormatDetector.sniff(bytes)
        }
        do {
            switch format {
            case .text:
                try InputDecoder.validate(bytes)
                return ([overriding(PlainTextReader().read(SourceText(validUTF8: bytes), origin: origin))], [])
            case .markdown:
                return ([overriding(MarkdownReader().read(try InputDecoder.scalars(of: bytes), bytes: bytes, origin: origin))], [])
            case .json:
                // The JSON reader decodes the strings it reads: the input is only checked, as the others are.
                try InputDecoder.validate(bytes)
                let read = JSONArticleReader().read(bytes, origin: origin)
                return (overriding(read.articles), read.problems)
            }
        } catch {
            return ([], [BatchProblem(origin: origin, message: error.description)])
        }
    }

    /// `articles` with the overrides applied; without overrides (the usual case) they are handed on
    /// as they are, not copied field by field.
    func overriding(_ articles: [Article]) -> [Article] {
        overrides == ArticleMetadata() ? articles : articles.map(overriding)
    }

    func overriding(_ article: Article) -> Article {
        var article = article
        if let title = overrides.title { article.title = title }
        if let outlet = overrides.outlet { article.outlet = outlet }
        if !overrides.byline.isEmpty { article.byline = overrides.byline }
        if let date = overrides.date { article.date = date }
        if let url = overrides.url {
            article.url = url
            article.id = url
        }
        return article
    }
}
