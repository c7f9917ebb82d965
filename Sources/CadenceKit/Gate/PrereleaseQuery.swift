import CadenceCore
import CadenceGit
import CadencePackaging

/// `prerelease`: PEP 605's next rolling pre-release of a series, from the ABI breaks since the last one.
///
/// A change that ships (not reverted inside the range) and declares an ABI break makes the next release
/// an `a` (the gate's own decision: ``CadenceCore/BackportAudit/abiBreakingChanges(annotated:configuration:)``,
/// with the project's `cadence.toml`); otherwise it is a `b`.
///
/// ```swift
/// let report = try PrereleaseQuery(reading: reading, since: "v3.9.0b4", until: "HEAD", series: python39)
///     .report()
/// report.next.version  // 3.9.0a5
/// ```
public struct PrereleaseQuery: Sendable {
    /// The repository and the project's configuration.
    public var reading: HistoryReading
    /// The tag of the previous pre-release, such as `v3.9.0b4`.
    public var since: String
    /// Where the next pre-release will be cut from.
    public var until: String
    /// The series.
    public var series: SeriesName

    /// A request for the pre-release of `series` after `since`, cut from `until`.
    public init(reading: HistoryReading, since: String, until: String = "HEAD", series: SeriesName) {
        self.reading = reading
        self.since = since
        self.until = until
        self.series = series
    }

    /// The version the tag names (`v3.9.0b4` → 3.9.0b4).
    /// - Throws: ``UsageError`` naming `--since` when the tag names no version of ``series``.
    public func previousVersion() throws -> Version {
        let text = since.hasPrefix("v") ? String(since.dropFirst()) : since
        let version: Version
        do { version = try Version(text) } catch {
            throw UsageError("--since \(since): the tag must name a pre-release, such as v3.9.0b4 (\(error))")
        }
        guard SeriesName(of: version) == series else {
            throw UsageError("--since \(since) is not a pre-release of \(series)")
        }
        return version
    }

    /// The report.
    /// - Parameter progress: Called as the history is read.
    /// - Returns: The next pre-release, the ABI breaks behind it and the draft announcement.
    /// - Throws: ``UsageError`` for a tag that names no pre-release of the series (or after which no
    ///   pre-release follows); ``CadenceGit/GitError`` when the range cannot be read.
    public func report(progress: (HistoryProgress) -> Void = { _ in }) throws -> PrereleaseReport {
        let previous = try previousVersion()
        let read = try reading.annotated("\(since)..\(until)", progress: progress)
        let breaking = BackportAudit.abiBreakingChanges(annotated: read.annotated, configuration: reading.configuration)
        let next: NextPrerelease
        do { next = try NextPrerelease(after: previous, breaksABI: !breaking.isEmpty) } catch {
            throw UsageError("--since \(since): \(error)")
        }
        let reasons = breaking.flatMap { change in
            change.commits.filter { commit in
                ABIMarkerCheck.hasCommitMarker(commit.facts)
                    || commit.commit.newsEntries.contains(where: ABIMarkerCheck.hasNewsMarker)
            }
            .map { "\($0.commit.shortSHA) \($0.facts.summary)" }
        }
        return PrereleaseReport(
            since: since,
            previous: previous,
            next: next,
            changeCount: read.history.changes.count,
            abiBreaks: reasons,
            markerMismatches: read.annotated.flatMap(ABIMarkerCheck.findings(for:)).map(\.description),
            limitations: read.history.limitations
        )
    }
}
