/// A `versionadded`, `versionchanged` or `deprecated` directive a change added to the documentation:
/// what the documentation says changed, and in which release.
///
/// A note naming a micro release (`.. versionchanged:: 3.7.1`) documents a change made in a bugfix
/// release: a new API or a behaviour change that the release manager wants to see.
public struct VersionNote: Hashable, Sendable, CustomStringConvertible {
    /// The documentation file.
    public var file: String
    /// `versionadded`, `versionchanged` or `deprecated`.
    public var directive: String
    /// The version it names, as written (`3.7.1`).
    public var version: String

    /// Creates a note.
    public init(file: String, directive: String, version: String) {
        self.file = file
        self.directive = directive
        self.version = version
    }

    /// Reads an added line of reStructuredText: `.. versionchanged:: 3.7.1` (with any indentation and
    /// any text after the version); `nil` for other lines.
    public init?(file: String, line: String) {
        let text = HistoryText.trimmed(line)
        for directive in ["versionadded", "versionchanged", "deprecated"] {
            guard let rest = HistoryText.dropping(prefix: ".. \(directive)::", from: Substring(text)) else { continue }
            let version = rest.drop { $0 == " " }.prefix { $0.isNumber || $0 == "." }
            guard !version.isEmpty else { return nil }
            self.init(file: file, directive: directive, version: String(version))
            return
        }
        return nil
    }

    /// Whether the note names a micro release (`X.Y.Z` with `Z` at least 1) of `series`.
    public func namesMicroRelease(of series: SeriesName) -> Bool {
        let parts = version.split(separator: ".").map { Int($0) }
        guard parts.count == 3, let major = parts[0], let minor = parts[1], let micro = parts[2], micro >= 1 else {
            return false
        }
        return "\(major).\(minor)" == series.description
    }

    /// `.. versionchanged:: 3.7.1 in Doc/library/contextvars.rst`.
    public var description: String { ".. \(directive):: \(version) in \(file)" }
}
