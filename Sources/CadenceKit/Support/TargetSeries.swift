import CadenceCore

/// The release series a branch or a range of history is about.
public enum TargetSeries {
    /// The series a branch name stands for: `3.9` or `origin/3.9`, or the branch the data gives a series
    /// (`main` for the series in development).
    /// - Parameters:
    ///   - ref: A branch, possibly with a remote (`origin/3.9`).
    ///   - history: The release data that names each series' branch.
    /// - Returns: The series, or `nil` when the name is no series' branch.
    public static func series(forBranch ref: String, in history: ReleaseHistory) -> SeriesName? {
        let name = ref.split(separator: "/").last.map(String.init) ?? ref
        if let series = try? SeriesName(name), series.minor != nil { return series }
        return history.series.last { $0.branch == name }?.name
    }

    /// The series a range of history is judged for: `target` when given, else the one the range's end
    /// names (`v3.9.0..3.9` → 3.9).
    /// - Parameters:
    ///   - target: The series asked for, if any.
    ///   - range: The range, such as `v3.9.3..v3.9.4` or `main~50..main`.
    ///   - history: The release data.
    /// - Returns: The series, with its milestones and releases.
    /// - Throws: ``UsageError`` naming `--target` when the range's end names no series or the data lacks it.
    public static func resolve(
        _ target: SeriesName?,
        range: String,
        in history: ReleaseHistory
    ) throws
        -> ReleaseSeries
    {
        let end = range.components(separatedBy: "..").last ?? range
        guard let name = target ?? series(forBranch: end, in: history) else {
            throw UsageError("--target: the range ends on '\(end)', which names no release series; give --target X.Y.")
        }
        do { return try history.series(named: name) } catch { throw UsageError("--target \(name): \(error)") }
    }
}
