extension Marker {
    /// Evaluates the marker against `environment`, as `packaging`'s `Marker.evaluate` does.
    ///
    /// Every comparison is evaluated (no short-circuit), so a comparison that cannot be evaluated is
    /// reported even when the result is already decided, exactly as `packaging` does.
    ///
    /// ```swift
    /// try Marker("python_full_version != '3.9.0a5'").evaluate(env)
    /// ```
    /// - Parameters:
    ///   - environment: The values to compare against; see ``MarkerEnvironment``.
    ///   - context: Where the marker appears; decides the defaults of `extra`, `extras` and `dependency_groups`.
    /// - Returns: Whether the marker holds in that environment.
    /// - Throws: ``MarkerEvaluationError/undefinedComparison(comparison:reason:)`` where `packaging` raises
    ///   `UndefinedComparison`, and ``MarkerEvaluationError/undefinedEnvironmentName(_:)`` for a missing entry.
    public func evaluate(_ environment: MarkerEnvironment, context: MarkerContext = .metadata) throws -> Bool {
        try expression.evaluate(environment, context)
    }
}

extension Marker.Expression {
    /// `any(all(group) for group in groups)` where groups split at each `or`, evaluating every term.
    func evaluate(_ environment: MarkerEnvironment, _ context: MarkerContext) throws(MarkerEvaluationError) -> Bool {
        var anyGroupHolds = false
        var groupHolds = true
        for index in terms.indices {
            if index > 0 && conjunctions[index - 1] == .or {
                anyGroupHolds = anyGroupHolds || groupHolds
                groupHolds = true
            }
            let holds: Bool
            switch terms[index] {
            case .comparison(let comparison): holds = try comparison.evaluate(environment, context)
            case .group(let inner): holds = try inner.evaluate(environment, context)
            }
            groupHolds = groupHolds && holds
        }
        return anyGroupHolds || groupHolds
    }
}

extension Marker.Comparison {
    /// Evaluates this comparison: set membership, then version semantics for version keys, then string rules.
    func evaluate(_ environment: MarkerEnvironment, _ context: MarkerContext) throws(MarkerEvaluationError) -> Bool {
        if isSetKey {
            let names = try environment.set(named: keyName, in: context)
            if keyIsLeft {
                throw undefined("\(keyName) is a set and can only be used as '\"name\" in \(keyName)'")
            }
            return try compareMembership(in: names)
        }
        let value = try environment.string(named: keyName, variable: keyVariable, in: context)
        let (lhs, rhs) = keyIsLeft ? (value, fixed) : (fixed, value)
        if isVersionKey, let test = keyIsLeft ? fixedVersionTest : Marker.VersionTest(op, value) {
            return test.contains(lhs)
        }
        switch op {
        case .in: return Self.contains(rhs, lhs)
        case .notIn: return !Self.contains(rhs, lhs)
        case .equal, .lessThanOrEqual, .greaterThanOrEqual: return Self.equal(lhs, rhs)
        case .notEqual: return !Self.equal(lhs, rhs)
        case .lessThan, .greaterThan: return false
        case .compatible, .arbitrary:
            if isVersionKey {
                throw undefined(
                    "'\(op.rawValue)\(rhs)' is not a valid version specifier, so '\(lhs)' cannot be compared with it"
                )
            }
            throw undefined(
                "'\(op.rawValue)' compares versions, and \(keyName) (\(ParseError.quote(value))) is not a version variable"
            )
        }
    }

    /// The operators on a set: membership by normalised name; `==` is never true (a string is not a set).
    private func compareMembership(in names: Set<String>) throws(MarkerEvaluationError) -> Bool {
        switch op {
        case .in: return names.contains { ProjectName.matches($0, canonical: canonicalFixed) }
        case .notIn: return !names.contains { ProjectName.matches($0, canonical: canonicalFixed) }
        case .notEqual: return true
        case .equal, .lessThanOrEqual, .greaterThanOrEqual, .lessThan, .greaterThan: return false
        case .compatible, .arbitrary:
            throw undefined("'\(op.rawValue)' compares versions, and \(keyName) is a set of names")
        }
    }

    /// An ``MarkerEvaluationError/undefinedComparison(comparison:reason:)`` for this comparison.
    private func undefined(_ reason: String) -> MarkerEvaluationError {
        .undefinedComparison(comparison: formatted, reason: reason)
    }

    /// Python's `a == b` on `str`: the same code points (Swift's `==` would also equate canonically equivalent text).
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let (left, right) = (lhs.utf8, rhs.utf8)
        return left.count == right.count && left.elementsEqual(right)
    }

    /// Python's `needle in haystack` on `str`: a code-point substring search (UTF-8 bytes suffice).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard pin.count <= hay.count else { return false }
                guard let first = pin.first else { return true }
                var start = 0
                while start + pin.count <= hay.count {
                    if hay[start] == first {
                        var index = 1
                        while index < pin.count && hay[start + index] == pin[index] { index += 1 }
                        if index == pin.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
