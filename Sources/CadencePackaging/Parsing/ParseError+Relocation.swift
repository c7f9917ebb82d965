extension ParseError {
    /// This error, raised on a part of a larger input, restated for the whole input.
    ///
    /// A version inside a wheel file name fails at column 3 of the version; the file name's error
    /// points at the same character in the file name and says which part was wrong:
    /// `invalid filename 'foo-1.x-py3-none-any.whl': invalid version '1.x': unexpected 'x' at column 7`.
    /// - Parameters:
    ///   - part: The part that failed, a slice of `whole`.
    ///   - whole: The complete input.
    ///   - subject: What the complete input is.
    ///   - what: What the part is, such as `version` or `build tag`.
    /// - Returns: The error for `whole`.
    func relocated(from part: Substring, into whole: String, as subject: Subject, what: String) -> ParseError {
        let partColumn = whole.unicodeScalars.distance(from: whole.startIndex, to: part.startIndex)
        return ParseError(
            subject,
            input: whole,
            column: column.map { partColumn + $0 },
            reason: "invalid \(what) \(ParseError.quote(String(part))): \(reason)"
        )
    }

    /// The message format shared by Cadence's errors: `invalid <subject> '<input>': <reason> at column <n>`.
    /// - Parameters:
    ///   - subject: What kind of input was rejected.
    ///   - input: The rejected input.
    ///   - column: The 1-based column of the problem, or `nil`.
    ///   - reason: What is wrong with it.
    /// - Returns: The message.
    package static func message(subject: String, input: String, column: Int?, reason: String) -> String {
        let quoted = quote(input)
        if let column { return "invalid \(subject) \(quoted): \(reason) at column \(column)" }
        return "invalid \(subject) \(quoted): \(reason)"
    }
}
