/// Python's `str.lower()`, which packaging uses to compare `===` versions.
///
/// Swift's `lowercased()` agrees with it except for the final form of Greek capital sigma:
/// Python lowers `Σ` at the end of a word to `ς`, following the Unicode `Final_Sigma` rule.
enum PythonCase {
    /// The text lowered as Python's `str.lower()` lowers it.
    /// - Parameter text: The text to lower.
    /// - Returns: The full lowercase mapping of every character, with `Final_Sigma` applied.
    static func lower(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.lowercased()
        }
        let scalars = Array(text.unicodeScalars)
        var result = ""
        result.unicodeScalars.reserveCapacity(scalars.count)
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "\u{03A3}" {
                result.unicodeScalars.append(isFinalSigma(scalars, at: index) ? "\u{03C2}" : "\u{03C3}")
            } else {
                result.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return result
    }

    /// Whether the capital sigma at `index` ends a word: a cased letter precedes it and none follows,
    /// skipping case-ignorable characters on both sides (CPython's `handle_capital_sigma`).
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0 && scalars[before].properties.isCaseIgnorable { before -= 1 }
        guard before >= 0, scalars[before].properties.isCased else { return false }
        var after = index + 1
        while after < scalars.count && scalars[after].properties.isCaseIgnorable { after += 1 }
        return after == scalars.count || !scalars[after].properties.isCased
    }
}
