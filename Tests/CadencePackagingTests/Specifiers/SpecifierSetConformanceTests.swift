import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// Cadence's specifier sets and `RequiresPython` against the packaging 26.2 vectors.
@Suite struct SpecifierSetConformanceTests {
    /// `Specifier.filter` and `SpecifierSet.filter`, with string and `Version` items.
    @Test func filtersLikePackaging() throws {
        let file = "packaging/specifiers_filter.json"
        var tally = Conformance(file)
        for case let row as [String: Any] in try Fixture.array(file) {
            let spec = row["specifier"] as? String ?? ""
            let specPrereleases = SpecifierFixtureRow.optionalBool(row["spec_prereleases"])
            let filterPrereleases = SpecifierFixtureRow.optionalBool(row["filter_prereleases"])
            let items = try (row["input"] as? [Any] ?? []).map(SpecifierFixtureRow.candidate)
            let expected = (row["expected"] as? [Any] ?? []).map(SpecifierFixtureRow.rendering)
            let result: [VersionCandidate]
            if row["cls"] as? String == "Specifier" {
                result = try Specifier(spec, prereleases: specPrereleases)
                    .filter(items, prereleases: filterPrereleases, key: { $0 })
            } else {
                result = try SpecifierSet(spec, prereleases: specPrereleases)
                    .filter(items, prereleases: filterPrereleases, key: { $0 })
            }
            let actual = result.map(SpecifierFixtureRow.rendering)
            tally.check(
                actual == expected,
                "\(row["cls"] ?? "")(\(spec.debugDescription), prereleases=\(SpecifierFixtureRow.python(specPrereleases)))"
                    + ".filter(\(items.map(SpecifierFixtureRow.rendering)), "
                    + "prereleases=\(SpecifierFixtureRow.python(filterPrereleases))) = \(actual), expected \(expected)"
            )
        }
        tally.finish()
    }

    @Test func detectsUnsatisfiableSetsLikePackaging() throws {
        let file = "packaging/specifiers_unsatisfiable.json"
        var tally = Conformance(file)
        for case let row as [Any] in try Fixture.array(file) {
            guard row.count == 3, let spec = row[0] as? String, let expected = row[2] as? Bool else {
                tally.check(false, "malformed row \(row)")
                continue
            }
            let prereleases = SpecifierFixtureRow.optionalBool(row[1])
            let actual = try SpecifierSet(spec, prereleases: prereleases).isUnsatisfiable
            tally.check(
                actual == expected,
                "SpecifierSet(\(spec.debugDescription), prereleases=\(SpecifierFixtureRow.python(prereleases)))"
                    + ".is_unsatisfiable() = \(actual), expected \(expected)"
            )
        }
        tally.finish()
    }

    @Test func printsSetsSortedAndDeduplicated() throws {
        let file = "packaging/specifierset_str.json"
        var tally = Conformance(file)
        for case let row as [String] in try Fixture.array(file) {
            guard row.count == 2 else {
                tally.check(false, "malformed row \(row)")
                continue
            }
            let actual = try SpecifierSet(row[0]).description
            tally.check(
                actual == row[1],
                "str(SpecifierSet(\(row[0].debugDescription))) = \(actual), expected \(row[1])"
            )
        }
        tally.finish()
    }

    /// Every rule of ``RequiresPython`` against the curated specs × interpreter versions.
    @Test func admitsInterpretersLikePackagingAndPip() throws {
        let file = "packaging/requires_python.json"
        var tally = Conformance(file)
        for case let row as [String: Any] in try Fixture.array(file) {
            let text = row["requires_python"] as? String ?? ""
            let python = try Version(row["python"] as? String ?? "")
            let requirement = try RequiresPython(text)
            let checks: [(String, Bool)] = [
                ("contains_default", requirement.admits(python) == row["contains_default"] as? Bool),
                (
                    "contains_prereleases_true",
                    requirement.admits(python, rule: .allowingPrereleases) == row["contains_prereleases_true"] as? Bool
                ),
                (
                    "contains_prereleases_false",
                    requirement.admits(python, rule: .excludingPrereleases) == row["contains_prereleases_false"]
                        as? Bool
                ),
                (
                    "pip_style_release_only",
                    RequiresPython.releaseOnly(python).description == row["pip_style_release_only"] as? String
                ),
                ("pip_style_result", requirement.admits(python, rule: .pip) == row["pip_style_result"] as? Bool),
            ]
            let wrong = checks.filter { !$0.1 }.map(\.0)
            tally.check(
                wrong.isEmpty,
                "Requires-Python \(text.debugDescription) with \(python): wrong \(wrong.joined(separator: ", "))"
            )
        }
        tally.finish()
    }
}
