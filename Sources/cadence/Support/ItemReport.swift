/// Reports an item that could not be answered, the same way in every command.
///
/// Text: a message on standard error, prefixed with the line number for standard input
/// (`line 2: invalid version 'banana': unexpected 'b' at column 1`). JSON: an object on standard
/// output with the input, its line and the error, so every input line still gets one answer line.
enum ItemReport {
    /// Reports `item` as invalid because of `error`, in `format`.
    static func invalid(_ item: InputItem, _ error: any Error, format: OutputFormat) {
        switch format {
        case .text:
            Output.error.line(item.line.map { "line \($0): \(error)" } ?? "\(error)")
        case .json:
            var line = JSONLine(["input": .string(item.text)])
            if let number = item.line { line["line"] = .int(number) }
            line["error"] = .string(String(describing: error))
            Output.standard.line(line.text)
        }
    }

    /// An answer line's JSON object: the input and, for standard input, its line number.
    static func answerLine(_ item: InputItem) -> JSONLine {
        var line = JSONLine(["input": .string(item.text)])
        if let number = item.line { line["line"] = .int(number) }
        return line
    }
}
