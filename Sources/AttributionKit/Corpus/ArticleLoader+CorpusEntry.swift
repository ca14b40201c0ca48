extension ArticleLoader {
    /// The articles of one corpus entry: a whole file, one JSON Lines line, or standard input.
    public func load(_ entry: CorpusEntry) -> (articles: [Article], problems: [BatchProblem]) {
        switch entry {
        case .file(let path):
            return load(.file(path))
        case .line(_, _, let bytes):
            let read = JSONArticleReader().read(bytes, origin: entry.origin)
            return (overriding(read.articles), read.problems)
        case .standardInput(let bytes):
            return read(bytes, from: .standardInput)
        case .unreadable(let origin, let reason):
            return ([], [BatchProblem(origin: origin, message: reason)])
        }
    }
}
