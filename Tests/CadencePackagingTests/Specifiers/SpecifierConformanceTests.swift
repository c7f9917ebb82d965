import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// Cadence's specifiers against the packaging 26.2 vectors in `Fixtures/packaging/`.
@Suite struct SpecifierConformanceTests {
    @Test func parsesEveryValidSpecifierLikePackaging() throws {
        let file = "packaging/specifiers_valid.json"
        var tally = Conformance(file)
        for case let row as [String: Any] in try Fixture.array(file) {
            let input = row["input"] as? String ?? ""
            let specifier: Specifier
            do {
                specifier = try Specifier(input)
            } catch {
                tally.check(false, "\(input.debugDescription) rejected: \(error)")
                continue
            }
            let wrong = [
                ("str", specifier.description == row["str"] as? String),
                ("operator", specifier.operator.rawValue == row["operator"] as? String),
                ("version", specifier.version == row["version"] as? String),
                ("prereleases", specifier.prereleases == SpecifierFixtureRow.optionalBool(row["prereleases"])),
            ].filter { !$0.1 }.map(\.0)
            tally.check(wrong.isEmpty, "\(input.debugDescription): wrong \(wrong.joined(separator: ", "))")
        }
        tally.finish()
    }

    @Test func rejectsEveryInvalidSpecifier() throws {
        let file = "packaging/specifiers_invalid.json"
        var tally = Conformance(file)
        for case let input as String in try Fixture.array(file) {
            var accepted: Specifier?
            do {
                accepted = try Specifier(input)
            } catch let error as ParseError {
                tally.check(
                    error.subject == .specifier && error.input == input && error.column != nil,
                    "\(input.debugDescription): error lacks subject, input or column: \(error)"
                )
                continue
            }
            tally.check(false, "\(input.debugDescription) accepted as \(accepted.map(String.init(describing:)) ?? "")")
        }
        tally.finish()
    }

    /// `SpecifierSet(spec, prereleases=p).contains(version_string)`.
    @Test func containsLikePackaging() throws {
        let file = "packaging/specifiers_contains.json"
        var tally = Conformance(file)
        for case let row as [Any] in try Fixture.array(file) {
            guard row.count == 4, let spec = row[0] as? String, let version = row[1] as? String,
                let expected = row[3] as? Bool
            else {
                tally.check(false, "malformed row \(row)")
                continue
            }
            let prereleases = SpecifierFixtureRow.optionalBool(row[2])
            let actual = try SpecifierSet(spec, prereleases: prereleases).contains(version)
            tally.check(
                actual == expected,
                "SpecifierSet(\(spec.debugDescription), prereleases=\(SpecifierFixtureRow.python(prereleases)))"
                    + ".contains(\(version.debugDescription)) = \(actual), expected \(expected)"
            )
        }
        tally.finish()
    }

    /// Every contains test of packaging's suite: both classes, Version objects, both pre-release
    /// knobs, `installed=`, and `prereleases` given to the constructor or through the setter.
    @Test func containsWithEveryKnobLikePackaging() throws {
        let file = "packaging/specifiers_contains_ext.json"
        var tally = Conformance(file)
        for case let row as [String: Any] in try Fixture.array(file) {
            let spec = row["specifier"] as? String ?? ""
            let text = row["version"] as? String ?? ""
            let specPrereleases = SpecifierFixtureRow.optionalBool(row["spec_prereleases"])
            let containsPrereleases = SpecifierFixtureRow.optionalBool(row["contains_prereleases"])
            let installed = SpecifierFixtureRow.optionalBool(row["installed"])
            let viaSetter = row["via_setter"] as? Bool ?? false
            let candidate: VersionCandidate =
                row["version_is_object"] as? Bool == true ? .version(try Version(text)) : .text(text)
            let actual: Bool
            if row["cls"] as? String == "Specifier" {
                var specifier = try Specifier(spec, prereleases: viaSetter ? nil : specPrereleases)
                if viaSetter { specifier.prereleases = specPrereleases }
                actual = specifier.contains(candidate, prereleases: containsPrereleases)
            } else {
                var set = try SpecifierSet(spec, prereleases: viaSetter ? nil : specPrereleases)
                if viaSetter { set.prereleases = specPrereleases }
                actual = set.contains(candidate, prereleases: containsPrereleases, installed: installed)
            }
            let expected = row["expected"] as? Bool
            tally.check(
                actual == expected,
                "\(row["source"] ?? ""): \(row["cls"] ?? "")(\(spec.debugDescription), "
                    + "prereleases=\(SpecifierFixtureRow.python(specPrereleases))\(viaSetter ? " via setter" : ""))"
                    + ".contains(\(SpecifierFixtureRow.rendering(candidate)), "
                    + "prereleases=\(SpecifierFixtureRow.python(containsPrereleases)), "
                    + "installed=\(SpecifierFixtureRow.python(installed))) = \(actual)"
            )
        }
        tally.finish()
    }
}
