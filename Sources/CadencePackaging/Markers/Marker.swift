/// A PEP 508 environment marker, parsed once and evaluated against many environments.
///
/// Parsing, printing and evaluation agree with `packaging.markers.Marker` 26.2, with the bug
/// fixes listed in `known_divergences.json` taken from upstream `packaging`:
///
/// ```swift
/// let marker = try Marker("python_version == '3.9' and full_python_version != '3.9.0a5'")
/// print(marker)  // python_version == "3.9" and python_full_version != "3.9.0a5"
/// let env = MarkerEnvironment.python(try Version("3.9.0b6"), base: host)
/// try marker.evaluate(env)  // true
/// ```
///
/// Two markers are equal when they print the same, as in `packaging`.
public struct Marker: Sendable, Hashable, CustomStringConvertible {
    /// The parsed expression, with variables resolved and literals decoded.
    let expression: Expression
    /// `str(Marker)`, computed once: printing, equality and hashing all use it.
    public let description: String

    /// Parses a marker such as `python_version >= "3.8" and sys_platform != "win32"`.
    ///
    /// - Parameter text: The marker expression, without a leading `;`.
    /// - Throws: ``ParseError`` with subject `.marker`, naming the column where parsing failed.
    public init(_ text: String) throws {
        var parser = Parser(Tokenizer(text, subject: .marker))
        self.init(expression: try parser.parseFullMarker())
    }

    /// Wraps an already parsed expression (used by the requirement parser).
    init(expression: Expression) {
        self.expression = expression
        self.description = expression.formatted()
    }

    /// Whether two markers print the same (`str(a) == str(b)` in `packaging`, code point by code point).
    /// - Parameters:
    ///   - lhs: A marker.
    ///   - rhs: Another marker.
    /// - Returns: `true` when their descriptions are equal.
    public static func == (lhs: Marker, rhs: Marker) -> Bool {
        lhs.description.utf8.elementsEqual(rhs.description.utf8)
    }

    /// Hashes the printed form, consistently with ``==(_:_:)``.
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }
}

extension Marker {
    /// A sequence of terms joined by `and`/`or`, as written (packaging's `MarkerList`).
    ///
    /// `and` binds tighter than `or`: the terms split at each `or` into groups, and the
    /// expression is true when every term of some group is true.
    struct Expression: Sendable {
        /// The terms in order; never empty.
        var terms: [Term]
        /// The word between `terms[i]` and `terms[i + 1]`.
        var conjunctions: [Conjunction]
    }

    /// One operand of an ``Expression``: a comparison or a parenthesised sub-expression.
    enum Term: Sendable {
        /// `python_version >= "3.8"`.
        case comparison(Comparison)
        /// `( ... )`.
        case group(Expression)
    }

    /// `and` or `or`.
    enum Conjunction: String, Sendable {
        case and
        case or
    }

    /// A marker operator, spelled as it prints.
    enum Operator: String, Sendable {
        case lessThanOrEqual = "<="
        case lessThan = "<"
        case notEqual = "!="
        case equal = "=="
        case greaterThanOrEqual = ">="
        case greaterThan = ">"
        case compatible = "~="
        case arbitrary = "==="
        case `in` = "in"
        case notIn = "not in"
    }

    /// A side of a comparison: a variable, or a string literal after escape decoding.
    enum Operand: Sendable {
        case variable(MarkerVariable)
        case literal(String)

        /// The text `packaging` uses for this side when comparing: a literal's value, or a variable's name.
        var text: String {
            switch self {
            case .variable(let variable): variable.rawValue
            case .literal(let value): value
            }
        }
    }
}
