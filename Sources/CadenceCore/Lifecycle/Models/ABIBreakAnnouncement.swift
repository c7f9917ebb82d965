import CadencePackaging

/// What the announcement of an ABI-breaking pre-release says, under PEP 605's rolling pre-freeze
/// releases (seed 004, "Example announcement text for 3.9.0a5").
///
/// For 3.9.0a5 with the a5/a7 breaks: it is *not* fully binary compatible with the preceding 3.9.0b4;
/// the next expected release is 3.9.0b6; projects that rebuild for it add
/// `Python-Requires: >= "3.9.0b6"; python_version == "3.9" and python_full_version != "3.9.0a5"`.
public struct ABIBreakAnnouncement: Hashable, Sendable {
    /// The ABI-breaking pre-release, such as `3.9.0a5`.
    public let release: Release
    /// The pre-release before it, whose extension modules may not load on it; `nil` for X.Y.0a1, the
    /// first build of the series' ABI.
    public let notBinaryCompatibleWith: Release?
    /// The release that follows it in the series: the next pre-release, or release candidate 1.
    public let nextExpectedRelease: Release?
    /// The `Requires-Python` entry for projects rebuilt against the release.
    public let requiresPython: ABIBreakRequiresPython

    /// Creates an announcement.
    public init(
        release: Release,
        notBinaryCompatibleWith: Release?,
        nextExpectedRelease: Release?,
        requiresPython: ABIBreakRequiresPython
    ) {
        self.release = release
        self.notBinaryCompatibleWith = notBinaryCompatibleWith
        self.nextExpectedRelease = nextExpectedRelease
        self.requiresPython = requiresPython
    }
}
