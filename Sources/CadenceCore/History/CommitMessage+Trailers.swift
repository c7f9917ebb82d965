extension CommitMessage {
    /// The trailers CPython's tooling writes in a body, read line by line (leading spaces ignored).
    ///
    /// - `(cherry picked from commit <sha>)`, written by `git cherry-pick -x` and miss-islington; the
    ///   object name is 7 to 64 hex digits (a few real ones are abbreviated).
    /// - `Co-authored-by: Name <mail>`, key in any case.
    /// - `This reverts commit <sha>.` (or `, reversing changes made to <sha>.` for a merge), written by
    ///   `git revert`.
    struct Trailers {
        var cherryPickedFrom: [String] = []
        var coAuthors: [CoAuthor] = []
        var revertedCommits: [String] = []

        init(_ body: String) {
            for rawLine in body.split(separator: "\n", omittingEmptySubsequences: true) {
                let line = Substring(HistoryText.trimmed(rawLine))
                if let after = HistoryText.dropping(prefix: "(cherry picked from commit ", from: line),
                    let sha = Trailers.objectName(after), !cherryPickedFrom.contains(sha)
                {
                    cherryPickedFrom.append(sha)
                } else if let after = HistoryText.dropping(prefix: "co-authored-by:", from: line) {
                    let person = Trailers.person(after)
                    if !person.name.isEmpty, !coAuthors.contains(person) { coAuthors.append(person) }
                } else if let after = HistoryText.dropping(prefix: "This reverts commit ", from: line),
                    let sha = Trailers.objectName(after), !revertedCommits.contains(sha)
                {
                    revertedCommits.append(sha)
                }
            }
        }

        /// The leading object name (7 to 64 hex digits, lowercased) of a text.
        static func objectName(_ text: Substring) -> String? {
            let hex = text.prefix(while: HistoryText.isHex)
            guard (7...64).contains(hex.count) else { return nil }
            let next = text[hex.endIndex...].first
            guard next == nil || next == ")" || next == "." || next == "," || next.map(HistoryText.isSpace) == true
            else { return nil }
            return hex.lowercased()
        }

        /// `Name <mail>` read from the text after the trailer's key.
        static func person(_ text: Substring) -> CoAuthor {
            let text = Substring(HistoryText.trimmed(text))
            guard let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close else {
                return CoAuthor(name: String(text), email: nil)
            }
            let email = HistoryText.trimmed(text[text.index(after: open)..<close])
            return CoAuthor(name: HistoryText.trimmed(text[..<open]), email: email.isEmpty ? nil : email)
        }
    }

    /// Every `CVE-YYYY-N` named in a text, each once, in order.
    static func cveIDs(in text: String) -> [String] {
        var found: [String] = []
        guard HistoryText.containsASCII("CVE-", in: text) else { return found }
        var rest = Substring(text)
        while let range = rest.range(of: "CVE-") {
            let after = rest[range.upperBound...]
            let year = after.prefix(while: { $0.isASCII && $0.isNumber })
            let tail = after[year.endIndex...]
            if year.count == 4, tail.first == "-" {
                let number = tail.dropFirst().prefix(while: { $0.isASCII && $0.isNumber })
                if number.count >= 4 {
                    let id = "CVE-\(year)-\(number)"
                    if !found.contains(id) { found.append(id) }
                }
            }
            rest = after
        }
        return found
    }
}
