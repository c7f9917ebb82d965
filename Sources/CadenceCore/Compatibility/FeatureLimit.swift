import CadencePackaging

/// PEP 598's `sys.feature_limit`: the features a running X.Y.Z offers when it is limited to an earlier
/// micro release of its series.
///
/// Rules (PEP 598, "Maintaining interoperability across incremental feature releases"):
/// - unset, the limit is the first three fields of the running version;
/// - a requested limit is padded with zeros and clamped to `[X.Y.0, X.Y.Z]` of the running X.Y.Z;
/// - an API added (or whose signature changed) in an incremental feature release X.Y.Z is available
///   only when `(X, Y, Z) <= feature_limit` (``isAvailable(addedIn:)``).
///
/// Pre-releases: a running pre-release such as `3.9.1rc1` counts as its first three fields (3.9.1),
/// exactly as `sys.version_info[:3]` does, so it offers the features of the release it previews.
/// A requested limit is a release number only (`X`, `X.Y` or `X.Y.Z`): `sys.feature_limit` is a
/// `(major, minor, micro)` sequence and pre-releases add no features of their own, so `3.9.1rc1`
/// is rejected with a ``FeatureLimitError``.
///
/// ```swift
/// let limit = try FeatureLimit(running: "3.9.3", requested: "3.8.1")
/// limit.limit.description                        // "3.9.0"
/// limit.isClamped                                // true
/// limit.isAvailable(addedIn: VersionTriple(3, 9, 1))  // false: the API is removed
/// ```
public struct FeatureLimit: Hashable, Sendable {
    /// The first three fields of the running version, `3.9.3`.
    public let running: VersionTriple
    /// The requested limit padded with zeros (`3.9` → 3.9.0), or `nil` when none was set.
    public let requested: VersionTriple?
    /// The effective limit, `sys.feature_limit`.
    public let limit: VersionTriple

    /// Applies PEP 598's rule to numbers already read.
    /// - Parameters:
    ///   - running: The running version's first three fields.
    ///   - requested: The requested limit, padded; `nil` when unset.
    public init(running: VersionTriple, requested: VersionTriple? = nil) {
        self.running = running
        self.requested = requested
        guard let requested else {
            limit = running
            return
        }
        limit = Swift.min(Swift.max(requested, running.seriesStart), running)
    }

    /// Reads the running version and the requested limit, then applies PEP 598's rule.
    ///
    /// ```swift
    /// try FeatureLimit(running: "3.9.3", requested: "4").limit  // 3.9.3
    /// ```
    /// - Parameters:
    ///   - running: The running CPython version, `X.Y.Z` with an optional `aN`, `bN` or `rcN`.
    ///   - requested: The requested limit, one to three numbers (`3`, `3.9`, `3.9.2`); `nil` when unset.
    /// - Throws: ``FeatureLimitError`` naming the input that is not a CPython version or not a limit.
    public init(running: String, requested: String? = nil) throws(FeatureLimitError) {
        let runningTriple: VersionTriple
        switch VersionTriple.runningVersion(in: running) {
        case .success(let triple): runningTriple = triple
        case .failure(let failure):
            throw FeatureLimitError(.runningVersion, input: running, column: failure.column, reason: failure.reason)
        }
        guard let requested else {
            self.init(running: runningTriple)
            return
        }
        self.init(running: runningTriple, requested: try FeatureLimit.parseLimit(requested))
    }

    /// The lowest limit the running version accepts, X.Y.0.
    public var lowerBound: VersionTriple { running.seriesStart }

    /// Whether a limit was requested and had to be moved into `[X.Y.0, X.Y.Z]`.
    public var isClamped: Bool { requested.map { $0 != limit } ?? false }

    /// PEP 598's guard: whether an API added in the incremental feature release `version` is
    /// available under this limit (`version <= feature_limit`).
    ///
    /// The same rule decides whether a function keeps the signature it gained in `version`; when it
    /// answers `false`, the guarded code deletes the API or restores the legacy signature.
    /// - Parameter version: The release that added or changed the API, such as 3.9.1.
    /// - Returns: `true` when the API is available.
    public func isAvailable(addedIn version: VersionTriple) -> Bool { version <= limit }

    /// Reads a requested limit: one to three numbers separated by dots.
    /// - Parameter text: The limit as given to `--feature-limit` or `PYTHONFEATURELIMIT`.
    /// - Returns: The limit padded with zeros.
    /// - Throws: ``FeatureLimitError`` with the column of the problem, or the reason a well-formed
    ///   version (a pre-release, more than three numbers) is not a limit.
    public static func parseLimit(_ text: String) throws(FeatureLimitError) -> VersionTriple {
        switch VersionTriple.dottedNumbers(in: text) {
        case .failure(let failure):
            if let version = try? Version(text),
                version.isPrerelease || version.isPostrelease || version.local != nil || version.epoch != 0
            {
                throw FeatureLimitError(
                    .featureLimit,
                    input: text,
                    reason: "expected one to three numbers such as 3.9.2; a feature limit is (major, minor, micro) "
                        + "without epoch, pre-release, post-release, development or local segments"
                )
            }
            throw FeatureLimitError(.featureLimit, input: text, column: failure.column, reason: failure.reason)
        case .success(let numbers):
            guard let triple = VersionTriple(numbers: numbers) else {
                throw FeatureLimitError(
                    .featureLimit,
                    input: text,
                    reason: "expected at most three numbers (X.Y.Z), got \(numbers.count)"
                )
            }
            return triple
        }
    }
}
