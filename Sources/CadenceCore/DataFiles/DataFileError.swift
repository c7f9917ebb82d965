/// A data file Cadence cannot read, with the file, the line and what is wrong.
///
/// ```
/// python-releases.toml:3242: release of 3.13: stage '3.13.0 gamma 1' is not 'X.Y.Z alpha|beta|candidate N' or 'X.Y.Z final'
/// ```
public struct DataFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name or path as the user gave it.
    public let file: String
    /// The 1-based line, when one line is at fault.
    public let line: Int?
    /// The 1-based column on that line, when known.
    public let column: Int?
    /// What is wrong.
    public let reason: String

    /// Creates an error.
    public init(file: String, line: Int?, column: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// The message for people, `file:line:column: reason`, as compilers print it.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return place + ": " + reason
    }
}
