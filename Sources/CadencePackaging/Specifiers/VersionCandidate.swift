/// A value to test against specifiers: a parsed ``Version``, or text that may not be a version.
///
/// packaging accepts both `Version` objects and strings, and the difference shows with `===`,
/// which compares text: the string `"1.01"` is not `===1.1`, but `Version("1.01")` prints as
/// `1.1` and is. Text that is not a valid version can only ever match `===`.
public enum VersionCandidate: Sendable, Hashable, CustomStringConvertible {
    /// A parsed version; `===` compares its normalised text.
    case version(Version)
    /// Text exactly as given; parsed when possible, compared verbatim by `===`.
    case text(String)

    /// The text `===` compares: the normalised version, or the text as given.
    public var description: String {
        switch self {
        case .version(let version): version.description
        case .text(let text): text
        }
    }

    /// The candidate as a version, or `nil` for text that is not a valid version.
    public var parsedVersion: Version? {
        switch self {
        case .version(let version): version
        case .text(let text): try? Version(text)
        }
    }
}

/// A candidate with its text parsed once, as the specifiers' matching code uses it.
struct ParsedCandidate {
    /// The candidate as given.
    let source: VersionCandidate
    /// The parsed version, or `nil` for text that is not a valid version.
    let version: Version?

    /// Parses `source` once.
    /// - Parameter source: The candidate.
    init(_ source: VersionCandidate) {
        self.source = source
        self.version = source.parsedVersion
    }

    /// The candidate's text lowered as Python lowers it, for `===`.
    var loweredText: String { PythonText.lower(source.description) }
}
