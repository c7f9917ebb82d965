extension CommitMessage {
    /// What a revert or rollback commit says it undoes.
    ///
    /// The gate links it to the reverted change; this only reads the message:
    /// - ``Style/quotedSubject``: the title is `Revert "<subject>"`, as `git revert` writes it;
    /// - ``Style/freeForm``: the title's first words are `Revert`, `Reverts`, `Reverted`, `Reverting`,
    ///   `Rollback`, `Roll back`, `Rolled back`, `Rolling back`, `Back out`, `Backed out` or `Backout`
    ///   (any case), as in `bpo-43710: Rollback the 3.9 bpo-42500 fix, it broke the ABI in 3.9.3`;
    /// - ``Style/trailerOnly``: only the body says `This reverts commit <sha>.`.
    ///
    /// The title is read after the `[X.Y]` and issue prefixes, so `[3.9] bpo-40924: Revert "…"` is a revert.
    /// `Fix reverting …` is not: the first word decides.
    public struct Revert: Hashable, Sendable {
        /// How the message says it is a revert.
        public enum Style: String, Hashable, Sendable {
            /// `Revert "<subject>"`.
            case quotedSubject
            /// Free-form words: `Rollback …`, `Roll back …`, `Revert changes to …`.
            case freeForm
            /// Only a `This reverts commit <sha>.` trailer.
            case trailerOnly
        }

        /// How the message says it.
        public var style: Style
        /// The reverted commit's subject, between the quotes of `Revert "…"`.
        public var revertedSubject: String?
        /// The object names of `This reverts commit <sha>.` trailers.
        public var revertedCommits: [String]

        /// Creates a revert.
        public init(style: Style, revertedSubject: String? = nil, revertedCommits: [String] = []) {
            self.style = style
            self.revertedSubject = revertedSubject
            self.revertedCommits = revertedCommits
        }

        /// Reads a title and the reverted commits of the trailers; `nil` when the message is no revert.
        init?(title: String, revertedCommits: [String]) {
            let text = Substring(title)
            if let after = HistoryText.dropping(prefix: "Revert \"", from: text), let close = after.lastIndex(of: "\"")
            {
                self.init(
                    style: .quotedSubject,
                    revertedSubject: String(after[..<close]),
                    revertedCommits: revertedCommits
                )
            } else if Revert.opensWithRevertWords(text) {
                self.init(style: .freeForm, revertedCommits: revertedCommits)
            } else if !revertedCommits.isEmpty {
                self.init(style: .trailerOnly, revertedCommits: revertedCommits)
            } else {
                return nil
            }
        }

        /// The words that open a free-form revert, compared without case, each followed by a space,
        /// a colon or the end of the title.
        static let openingWords = [
            "revert", "reverts", "reverted", "reverting", "rollback", "roll back", "rolled back", "rolling back",
            "back out", "backed out", "backout",
        ]

        /// Whether the text opens with one of ``openingWords``.
        static func opensWithRevertWords(_ text: Substring) -> Bool {
            openingWords.contains { words in
                guard let after = HistoryText.dropping(prefix: words, from: text) else { return false }
                return after.first.map { $0 == " " || $0 == ":" } ?? true
            }
        }
    }
}
