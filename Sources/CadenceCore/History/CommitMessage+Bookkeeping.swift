import CadencePackaging

extension CommitMessage {
    /// A release manager's bookkeeping commit: it makes or follows a release and is not a change.
    ///
    /// Read from the whole subject, without case, a final `.` ignored (versions are `X.Y`, `X.Y.Z`,
    /// optionally `aN`, `bN`, `cN` or `rcN` and a final `+`, optionally written with a leading `v`):
    /// - ``release(version:)``: `Python 3.11.4`, `Python 3.9.0b1`, or the bare `3.7.9` some managers write
    ///   (always three numbers: `Python 3.9` is no release);
    /// - ``postRelease(version:)``: `Post 3.9.3`, `Post 3.11.0a1`, `Post-3.9.3`, and the older
    ///   `Post release updates`, `Post-release update.`, `Post release bump`, `Post release cleanup`;
    /// - ``mergeTag(tag:)``: `Merge tag 'v3.9.3' into 3.9`;
    /// - ``versionBump(version:)``: `Bump to 3.9.4`, `Bump version to 3.6.0b4`, `Bump version number`,
    ///   `Version bump for 3.4.10`, `Update version to 3.7.0a1`.
    ///
    /// `build(deps): bump actions/cache …` and `bump ast version` are changes, not bookkeeping.
    public enum Bookkeeping: Hashable, Sendable {
        /// The commit that makes a release (`Python 3.11.4`).
        case release(version: String)
        /// The commit after a release that bumps the version to `X.Y.Z+` (`Post 3.9.3`).
        case postRelease(version: String?)
        /// The merge of a release tag back into its branch (`Merge tag 'v3.9.3' into 3.9`).
        case mergeTag(tag: String)
        /// Another version bump (`Bump version to 3.6.0b4`).
        case versionBump(version: String?)

        /// Reads a subject; `nil` when the commit is not bookkeeping.
        init?(subject: String) {
            var text = Substring(HistoryText.trimmed(subject))
            if text.last == "." { text = text.dropLast() }
            if let version = Bookkeeping.version(text),
                version.split(separator: ".").count == 3
            {
                self = .release(version: version)
            } else if let after = HistoryText.dropping(prefix: "Python ", from: text),
                let version = Bookkeeping.version(after), version.split(separator: ".").count == 3
            {
                self = .release(version: version)
            } else if let after = ["Post ", "Post-"].lazy.compactMap({ HistoryText.dropping(prefix: $0, from: text) })
                .first, let version = Bookkeeping.version(after)
            {
                self = .postRelease(version: version)
            } else if Bookkeeping.isPostReleaseChore(text) {
                self = .postRelease(version: nil)
            } else if let tag = Bookkeeping.mergedTag(text) {
                self = .mergeTag(tag: tag)
            } else if let version = Bookkeeping.bumpedVersion(text) {
                self = .versionBump(version: version)
            } else {
                return nil
            }
        }

        /// The version the commit makes or follows, if the subject names one.
        public var version: String? {
            switch self {
            case .release(let version): return version
            case .postRelease(let version), .versionBump(let version): return version
            case .mergeTag(let tag): return tag.first == "v" ? String(tag.dropFirst()) : tag
            }
        }

        /// The whole text as a release version (`3.9.0b1`, `v3.9.4+`), without any leading `v`.
        static func version(_ text: Substring) -> String? {
            var rest = HistoryText.trimmed(text)[...]
            if rest.first == "v" || rest.first == "V" { rest = rest.dropFirst() }
            let version = rest
            var numbers = 0
            while let (_, after) = HistoryText.leadingNumber(rest) {
                numbers += 1
                rest = after
                guard rest.first == "." else { break }
                rest = rest.dropFirst()
            }
            guard (2...3).contains(numbers) else { return nil }
            for marker in ["rc", "a", "b", "c"] {
                if let after = HistoryText.dropping(prefix: marker, from: rest),
                    let (_, tail) = HistoryText.leadingNumber(after)
                {
                    rest = tail
                    break
                }
            }
            if rest == "+" { rest = rest.dropFirst() }
            return rest.isEmpty ? String(version) : nil
        }

        /// Whether the text is an older post-release chore: `Post release updates`, `Post-release update`.
        static func isPostReleaseChore(_ text: Substring) -> Bool {
            let words = text.lowercased().replacingDashes.split(separator: " ")
            guard words.count <= 3, words.count >= 2, words[0] == "post", words[1] == "release" else { return false }
            let chores: Set<Substring> = ["update", "updates", "bump", "bumps", "cleanup", "steps", "fun", "tweaks"]
            return words.count == 2 || chores.contains(words[2])
        }

        /// The tag of `Merge tag 'v3.9.3' into 3.9` (or without the branch).
        static func mergedTag(_ text: Substring) -> String? {
            guard let after = HistoryText.dropping(prefix: "Merge tag ", from: text),
                let quote = after.first, quote == "'" || quote == "\""
            else { return nil }
            let inside = after.dropFirst()
            guard let close = inside.firstIndex(of: quote) else { return nil }
            let tail = HistoryText.trimmed(inside[inside.index(after: close)...])
            guard tail.isEmpty || tail.lowercased().hasPrefix("into ") else { return nil }
            return String(inside[..<close])
        }

        /// The version of a bump subject (`Bump to 3.9.4`), `.some(nil)` for one that names none
        /// (`Bump version number`), `nil` for any other subject.
        static func bumpedVersion(_ text: Substring) -> String?? {
            let lowered = Substring(text.lowercased())
            let openings = [
                "bump the version numbers", "bump the version number", "bump the version", "bump version numbers",
                "bump version number", "bump version", "update version numbers", "update version number",
                "update version", "update the version", "version bump", "bump",
            ]
            for opening in openings {
                guard let after = HistoryText.dropping(prefix: opening, from: lowered) else { continue }
                var rest = Substring(HistoryText.trimmed(after))
                if rest.isEmpty { return opening == "bump" ? nil : .some(nil) }
                for joiner in ["to ", "for ", "in patchlevel.h to "] {
                    if let tail = HistoryText.dropping(prefix: joiner, from: rest) { rest = tail }
                }
                guard let version = version(rest) else { return nil }
                return .some(version)
            }
            return nil
        }
    }
}

extension String {
    /// The text with `-` replaced by spaces (`post-release` reads as `post release`).
    fileprivate var replacingDashes: String { String(map { $0 == "-" ? " " : $0 }) }
}
