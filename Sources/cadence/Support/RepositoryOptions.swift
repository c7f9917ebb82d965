import ArgumentParser
import CadenceCore
import CadenceGit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The repository to read and the project's gate configuration: `--repo`, `--config`.
struct RepositoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The git repository to read (default: the current folder).", valueName: "path"))
    var repo = "."

    @Option(
        help: ArgumentHelp(
            "The project's gate configuration (default: cadence.toml in the repository if present, else "
                + "CPython's rules).",
            valueName: "file"
        )
    )
    var config: String?

    /// The gate configuration.
    /// - Throws: ``CadenceCore/DataFileError`` naming the file and line of a bad configuration.
    func configuration() throws -> GateConfiguration {
        let path = config ?? (repo as NSString).appendingPathComponent("cadence.toml")
        guard config != nil || FileManager.default.fileExists(atPath: path) else { return .cpython }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw DataFileError(file: path, line: nil, reason: "cannot read the file")
        }
        return try GateConfiguration(toml: text, file: path)
    }

    /// Reads `range`, showing progress on standard error when it is a terminal.
    func history(_ range: String) throws -> History {
        try history(range) { _ in () }.history
    }

    /// Reads `range`, handing each commit to `annotate` as soon as it is read (see
    /// ``CadenceGit/GitRepository/history(range:progress:annotating:)``), showing progress on standard
    /// error when it is a terminal.
    func history<Annotation>(
        _ range: String,
        annotating annotate: (Commit) throws -> Annotation
    ) throws -> (history: History, annotations: [Annotation]) {
        let showsProgress = isatty(2) == 1
        let read = try GitRepository(path: repo).history(
            range: range,
            progress: { progress in
                guard showsProgress else { return }
                switch progress {
                case .resolvedRange: Output.error.text("\rreading \(range)…")
                case .listedCommits(let count): Output.error.text("\rreading \(range): \(count) commits…")
                case .readTexts(let count): Output.error.text("\rreading \(range): \(count) files…          ")
                }
            },
            annotating: annotate
        )
        if showsProgress { Output.error.text("\r\u{1B}[K") }
        for limitation in read.history.limitations { Output.error.line("note: \(limitation)") }
        return read
    }

    /// The series a branch name stands for: `3.9` or `origin/3.9`, or the branch the data gives a
    /// series (`main` for the series in development).
    static func series(forBranch ref: String, in history: ReleaseHistory) -> SeriesName? {
        let name = ref.split(separator: "/").last.map(String.init) ?? ref
        if let series = try? SeriesName(name), series.minor != nil { return series }
        return history.series.last { $0.branch == name }?.name
    }
}
