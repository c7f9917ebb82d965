import CadenceCore

/// `data check`: a release data file read and checked, with what it holds.
///
/// ```swift
/// let check = try DataFileCheck(file: "python-releases.toml")
/// print(check.text)  // python-releases.toml: 38 series, 612 releases
/// ```
public struct DataFileCheck: Encodable, Sendable {
    /// The file as named.
    public let file: String
    /// How many release series it holds.
    public let series: Int
    /// How many releases it holds, over all series.
    public let releases: Int

    /// Reads and checks `file`.
    /// - Throws: ``CadenceCore/DataFileError`` naming the file and the line of the first problem.
    public init(file: String) throws {
        let history = try ReleaseData.history(at: file)
        self.file = file
        series = history.series.count
        releases = history.series.reduce(0) { $0 + $1.releases.count }
    }

    /// `python-releases.toml: 38 series, 612 releases`.
    public var text: String { "\(file): \(series) series, \(releases) releases" }
}
