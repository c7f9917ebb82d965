extension Marker {
    /// One `left op right` comparison, with the work that does not depend on the environment done once.
    ///
    /// As in `packaging`, a comparison reads one environment entry: the left variable, or else whatever
    /// the right side names (a literal on both sides makes the right literal a key, so `"a" == "os_name"`
    /// reads `os_name`). The other side is a fixed text: a literal's value, or a variable's name.
    ///
    /// A class, so that the evaluation loop passes one reference around instead of copying every field.
    final class Comparison: Sendable {
        /// The left side, after extra-name normalisation.
        let left: Operand
        /// The operator.
        let op: Operator
        /// The right side, after extra-name normalisation.
        let right: Operand
        /// The name of the environment entry this comparison reads.
        let keyName: String
        /// That entry's variable, when it is one of the known variables.
        let keyVariable: MarkerVariable?
        /// Whether the entry is `extras` or `dependency_groups`.
        let isSetKey: Bool
        /// Whether the entry is compared as a version first.
        let isVersionKey: Bool
        /// Whether the environment value goes on the left (the left side is a variable).
        let keyIsLeft: Bool
        /// The side that does not come from the environment.
        let fixed: String
        /// ``fixed`` normalised as a name, for membership tests on `extras` and `dependency_groups`.
        let canonicalFixed: String
        /// `Specifier(op + fixed)`, when the left is a version variable and that specifier is valid.
        let fixedVersionTest: VersionTest?
        /// The comparison as `str(Marker)` prints it: `python_version >= "3.8"`.
        let formatted: String

        /// Builds a comparison, normalising names compared with `extra`, `extras` and `dependency_groups`.
        ///
        /// This is upstream `packaging`'s `_normalize_extras`: a literal compared with `extra` is
        /// canonicalised on either side, a literal tested against a set variable is canonicalised, and a
        /// variable compared with a variable is left alone (`extra == os_name` stays as written).
        /// - Parameters:
        ///   - left: The left operand as parsed.
        ///   - op: The operator.
        ///   - right: The right operand as parsed.
        init(normalizing left: Operand, _ op: Operator, _ right: Operand) {
            var left = left
            var right = right
            switch (left, right) {
            case (.variable(.extra), .literal(let value)):
                right = .literal(ProjectName.canonicalize(value))
            case (.literal(let value), .variable(let variable)) where variable == .extra || variable.isSet:
                left = .literal(ProjectName.canonicalize(value))
            default:
                break
            }
            self.left = left
            self.op = op
            self.right = right
            if case .variable(let variable) = left {
                keyVariable = variable
                keyName = variable.rawValue
                keyIsLeft = true
                fixed = right.text
            } else {
                keyName = right.text
                keyVariable = MarkerVariable(rawValue: keyName)
                keyIsLeft = false
                fixed = left.text
            }
            isSetKey = keyVariable?.isSet == true
            isVersionKey = keyVariable?.isVersion == true
            canonicalFixed = isSetKey ? ProjectName.canonicalize(fixed) : fixed
            fixedVersionTest = keyIsLeft && isVersionKey ? VersionTest(op, fixed) : nil
            formatted = Self.format(left) + " " + op.rawValue + " " + Self.format(right)
        }

        /// A variable prints its name; a literal prints in double quotes, or single quotes when it holds `"`.
        ///
        /// This follows upstream `packaging` (26.2 printed `"a""`, which does not parse). Whatever the value
        /// holds, the text reads back as the same value: backslashes are doubled and control characters
        /// written as escapes (`\n`, `\x00`), which 26.2 printed raw, so its output did not parse again or
        /// changed meaning. A value holding both quote characters writes its `"` as `\x22` (upstream raises).
        private static func format(_ operand: Operand) -> String {
            switch operand {
            case .variable(let variable):
                return variable.rawValue
            case .literal(let value):
                let scalars = value.unicodeScalars
                let quote: Unicode.Scalar = scalars.contains("\"") && !scalars.contains("'") ? "'" : "\""
                let needsEscapes = scalars.contains { $0 == "\\" || $0 == quote || $0.value < 0x20 || $0.value == 0x7F }
                guard needsEscapes else { return String(quote) + value + String(quote) }
                var escaped = String.UnicodeScalarView()
                for scalar in scalars {
                    switch scalar {
                    case "\\": escaped.append(contentsOf: "\\\\".unicodeScalars)
                    case "\n": escaped.append(contentsOf: "\\n".unicodeScalars)
                    case "\r": escaped.append(contentsOf: "\\r".unicodeScalars)
                    case "\t": escaped.append(contentsOf: "\\t".unicodeScalars)
                    case quote: escaped.append(contentsOf: (quote == "\"" ? "\\x22" : "\\x27").unicodeScalars)
                    default:
                        if scalar.value < 0x20 || scalar.value == 0x7F {
                            let hex = String(scalar.value, radix: 16)
                            escaped.append(contentsOf: ("\\x" + (hex.count < 2 ? "0" : "") + hex).unicodeScalars)
                        } else {
                            escaped.append(scalar)
                        }
                    }
                }
                return String(quote) + String(escaped) + String(quote)
            }
        }
    }
}
