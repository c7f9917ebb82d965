import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// Cadence's markers against the packaging 26.2 vectors in `Fixtures/packaging/`.
@Suite struct MarkerConformanceTests {
    /// A JSON environment (`{"os_name": "posix", "extras": ["a"]}`) as a ``MarkerEnvironment``; lists are sets.
    static func environment(_ json: Any?) -> MarkerEnvironment {
        var environment = MarkerEnvironment()
        for (key, value) in json as? [String: Any] ?? [:] {
            switch (key, value) {
            case ("extras", let names as [String]): environment.extras = Set(names)
            case ("dependency_groups", let names as [String]): environment.dependencyGroups = Set(names)
            case (_, let text as String): environment.values[key] = text
            default: break
            }
        }
        return environment
    }

    /// What an evaluation gave, written like the fixtures: `true`, `false` or the error's kind.
    static func outcome(
        _ marker: String,
        _ environment: MarkerEnvironment,
        _ context: MarkerContext = .metadata
    ) -> String {
        do {
            return String(try Marker(marker).evaluate(environment, context: context))
        } catch MarkerEvaluationError.undefinedComparison {
            return "UndefinedComparison"
        } catch MarkerEvaluationError.undefinedEnvironmentName {
            return "UndefinedEnvironmentName"
        } catch {
            return "\(error)"
        }
    }

    @Test func printsEveryMarkerLikePackaging() throws {
        let file = "packaging/markers_str.json"
        var tally = Conformance(file)
        for case let row as [String] in try Fixture.array(file) {
            let actual = (try? Marker(row[0]))?.description
            let reparsed = actual.flatMap { try? Marker($0) }?.description
            tally.check(
                actual == row[1] && reparsed == actual,
                "\(row[0].debugDescription): \(actual ?? "rejected") != \(row[1]) (or does not read back)"
            )
        }
        tally.finish()
    }

    @Test func rejectsEveryInvalidMarker() throws {
        let file = "packaging/markers_invalid.json"
        var tally = Conformance(file)
        for case let input as String in try Fixture.array(file) {
            var message = ""
            do {
                let marker = try Marker(input)
                message = "accepted as \(marker)"
            } catch let error as ParseError {
                tally.check(error.subject == .marker && error.input == input && error.column != nil, "\(error)")
                continue
            } catch {
                message = "\(error)"
            }
            tally.check(false, "\(input.debugDescription): \(message)")
        }
        tally.finish()
    }

    @Test func evaluatesEveryMarkerLikePackaging() throws {
        let file = "packaging/markers_eval.json"
        var tally = Conformance(file)
        for case let row as [Any] in try Fixture.array(file) {
            guard let marker = row[0] as? String, let expected = row[2] as? Bool else {
                throw FixtureError.row(file, tally.run, "expected [marker, environment, bool]")
            }
            let actual = Self.outcome(marker, Self.environment(row[1]))
            tally.check(
                actual == String(expected),
                "\(marker.debugDescription) in \(row[1]): \(actual), expected \(expected)"
            )
        }
        tally.finish()
    }

    @Test func raisesUndefinedComparisonWherePackagingDoes() throws {
        let file = "packaging/markers_eval_errors.json"
        var tally = Conformance(file)
        for case let row as [Any] in try Fixture.array(file) {
            guard let marker = row[0] as? String, let expected = row[2] as? String else {
                throw FixtureError.row(file, tally.run, "expected [marker, environment, error]")
            }
            let actual = Self.outcome(marker, Self.environment(row[1]))
            tally.check(actual == expected, "\(marker.debugDescription) in \(row[1]): \(actual), expected \(expected)")
        }
        tally.finish()
    }

    @Test func evaluatesExtrasAndDependencyGroupsLikePackaging() throws {
        let file = "packaging/markers_eval_sets.json"
        var tally = Conformance(file)
        for case let row as [String: Any] in try Fixture.array(file) {
            guard let marker = row["marker"] as? String, let contextName = row["context"] as? String,
                let context = MarkerContext(rawValue: contextName)
            else { throw FixtureError.row(file, tally.run, "expected marker and context") }
            let expected: String =
                switch row["expected"] {
                case let flag as Bool: String(flag)
                case let text as String where text.contains("UndefinedEnvironmentName"): "UndefinedEnvironmentName"
                default: "\(row["expected"] ?? "")"
                }
            let actual = Self.outcome(marker, Self.environment(row["environment"]), context)
            tally.check(
                actual == expected,
                "\(marker.debugDescription) (\(contextName)): \(actual), expected \(expected)"
            )
        }
        tally.finish()
    }

    /// Checks the marker rows of `known_divergences.json` against upstream `packaging`, not 26.2.
    ///
    /// Those rows are 26.2 bugs fixed upstream (packaging 26.4.dev0).
    /// Cadence follows upstream for exactly these, so each row is checked against upstream's answer,
    /// not the `packaging_26_2` value the file records.
    @Test func followsUpstreamWherePackaging26_2IsKnownToBeWrong() throws {
        let file = "packaging/known_divergences.json"
        let upstream: [String: String] = [
            // #1316: keep the parentheses of a nested group, or re-parsing changes the meaning.
            "str(Marker) of a nested parenthesised group":
                "python_version < \"3.10\" and (sys_platform == \"linux\" or sys_platform == \"darwin\")",
            // #1213: a value holding `"` prints in single quotes.
            "str(Marker) with a value containing a double quote": "'a\"' == os_name",
            // Variable compared with variable: nothing is rewritten.
            "variable compared with variable, one side extra": "extra == os_name",
            // #1310: the literal tested against a set variable is normalised at parse time.
            "set-membership literal normalisation": "\"s-p-a-m\" in extras",
            // #1345: any trailing line break is rejected (the fixture writes the newline as `\n`).
            "marker with trailing newline": "ParseError",
            // #1249: a malformed escape is an invalid marker, not a leaked SyntaxError.
            "marker string with a bad backslash escape": "ParseError",
            // #939, #1279: `===` on a non-version key is undefined.
            "=== on a non-version marker key": "UndefinedComparison",
        ]
        var tally = Conformance(file)
        let base = Self.environment((try Fixture.object("packaging/_meta.json"))["base_marker_environment"])
        for case let row as [String: Any] in try Fixture.array(file) {
            guard let name = row["case"] as? String, let expected = upstream[name],
                var input = row["input"] as? String
            else { continue }
            if input.hasSuffix("\\n") { input = String(input.dropLast(2)) + "\n" }
            let actual: String
            if expected == "UndefinedComparison" {
                actual = Self.outcome(input, base)
            } else {
                do { actual = try Marker(input).description } catch is ParseError { actual = "ParseError" }
            }
            tally.check(actual == expected, "\(name): \(actual), expected upstream's \(expected)")
        }
        #expect(tally.run == upstream.count)
        tally.finish()
    }
}
