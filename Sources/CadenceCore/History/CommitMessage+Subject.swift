extension CommitMessage {
    /// The parts of a CPython subject line, read left to right:
    /// `[3.11] (ABI break) gh-104411: Title (GH-104412) (#105357)`.
    ///
    /// - `[X.Y]` prefixes: the first numeric one names the backport branch; a non-numeric tag such as
    ///   `[doc]` ends the prefix and stays in the title.
    /// - `(ABI break)`, case-insensitive, right after the prefix or right after the issue prefix.
    /// - The issue prefix: optional `closes`/`fixes`/`fix`/`close`, then one or more `gh-N`, `bpo-N`
    ///   (any case, `GH-N` too in this position) joined by `,`, `and` or `&`, then `:`. Older subjects
    ///   without the colon (`bpo-27321 Fix …`) are read too.
    /// - Trailing pull request groups `(GH-M)`, `(gh-M)` or `(#K)`, possibly several.
    struct Subject {
        var branch: String?
        var hasABIBreakMarker = false
        var issues: [IssueReference] = []
        var pullRequests: [Int] = []
        var title: String

        init(_ subject: String) {
            var rest = Substring(subject)
            while let (tag, after) = Subject.bracketTag(rest), Subject.isBranchName(tag) {
                if branch == nil { branch = String(tag) }
                rest = after
            }
            rest = rest.drop(while: HistoryText.isSpace)
            if let after = Subject.droppingABIMarker(rest) {
                hasABIBreakMarker = true
                rest = after
            }
            if let (prefixIssues, after) = Subject.issuePrefix(rest) {
                issues = prefixIssues
                rest = after
                if !hasABIBreakMarker, let afterMarker = Subject.droppingABIMarker(rest) {
                    hasABIBreakMarker = true
                    rest = afterMarker
                }
            }
            var trailing: [Int] = []
            while let (number, before) = Subject.trailingPullRequest(rest) {
                trailing.insert(number, at: 0)
                rest = before
            }
            pullRequests = trailing
            title = HistoryText.trimmed(rest)
            for mention in Subject.mentionedIssues(in: title) where !issues.contains(mention) {
                issues.append(mention)
            }
        }

        /// `[tag]` at the start (after spaces), and what follows it.
        static func bracketTag(_ text: Substring) -> (Substring, Substring)? {
            let text = text.drop(while: HistoryText.isSpace)
            guard text.first == "[", let close = text.firstIndex(of: "]") else { return nil }
            return (text[text.index(after: text.startIndex)..<close], text[text.index(after: close)...])
        }

        /// Whether a bracket tag is a branch name, `X.Y` in digits.
        static func isBranchName(_ tag: Substring) -> Bool {
            let parts = tag.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        }

        /// The text after a leading `(ABI break)` marker and the spaces after it.
        static func droppingABIMarker(_ text: Substring) -> Substring? {
            guard let after = HistoryText.dropping(prefix: "(ABI break)", from: text) else { return nil }
            return after.drop(while: HistoryText.isSpace)
        }

        /// A single `gh-N` or `bpo-N` (any case) at the start of the text.
        static func issue(_ text: Substring) -> (IssueReference, Substring)? {
            for (spelling, tracker) in [("gh-issue-", IssueReference.Tracker.github), ("gh-", .github), ("bpo-", .bpo)]
            {
                if let after = HistoryText.dropping(prefix: spelling, from: text),
                    let (number, rest) = HistoryText.leadingNumber(after)
                {
                    return (IssueReference(tracker, number), rest)
                }
            }
            return nil
        }

        /// The leading issue prefix and the text after it.
        static func issuePrefix(_ text: Substring) -> ([IssueReference], Substring)? {
            var rest = text
            for verb in ["closes ", "close ", "fixes ", "fix "] {
                if let after = HistoryText.dropping(prefix: verb, from: rest), issue(after) != nil {
                    rest = after
                    break
                }
            }
            var found: [IssueReference] = []
            var afterLast = rest
            while let (reference, after) = issue(rest) {
                found.append(reference)
                afterLast = after
                rest = after.drop(while: HistoryText.isSpace)
                if let separator = [",", "and ", "&"].lazy.compactMap({ HistoryText.dropping(prefix: $0, from: rest) })
                    .first,
                    issue(separator.drop(while: HistoryText.isSpace)) != nil
                {
                    rest = separator.drop(while: HistoryText.isSpace)
                }
            }
            guard !found.isEmpty else { return nil }
            if rest.first == ":" {
                rest = rest.dropFirst()
            } else if let first = afterLast.first, !HistoryText.isSpace(first) {
                return nil  // `bpo-1234's fix` or `gh-12)`: a mention, not a prefix
            }
            return (found, rest.drop(while: HistoryText.isSpace))
        }

        /// The number of a trailing `(GH-M)`, `(gh-M)` or `(#K)` group and the text before it.
        static func trailingPullRequest(_ text: Substring) -> (Int, Substring)? {
            var end = text.endIndex
            while end > text.startIndex, HistoryText.isSpace(text[text.index(before: end)]) {
                end = text.index(before: end)
            }
            guard end > text.startIndex, text[text.index(before: end)] == ")" else { return nil }
            let closing = text.index(before: end)
            guard let open = text[..<closing].lastIndex(of: "(") else { return nil }
            let inside = text[text.index(after: open)..<closing]
            let digits: Substring
            if inside.first == "#" {
                digits = inside.dropFirst()
            } else if let after = HistoryText.dropping(prefix: "gh-", from: inside) {
                digits = after
            } else {
                return nil
            }
            guard let (number, rest) = HistoryText.leadingNumber(digits), rest.isEmpty else { return nil }
            return (number, text[..<open])
        }

        /// Every `gh-N` and `bpo-N` named in a text, case-sensitive for `gh-` (`GH-N` names a pull request),
        /// any case for `bpo-`, each at a word start.
        static func mentionedIssues(in text: String) -> [IssueReference] {
            var found: [IssueReference] = []
            var index = text.startIndex
            while index < text.endIndex {
                let atWordStart =
                    index == text.startIndex
                    || !(text[text.index(before: index)].isLetter || text[text.index(before: index)].isNumber)
                let rest = text[index...]
                if atWordStart, rest.hasPrefix("gh-") || HistoryText.dropping(prefix: "bpo-", from: rest) != nil,
                    let (reference, _) = issue(rest), !found.contains(reference)
                {
                    found.append(reference)
                }
                index = text.index(after: index)
            }
            return found
        }
    }
}
