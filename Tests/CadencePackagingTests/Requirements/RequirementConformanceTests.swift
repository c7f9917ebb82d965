import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// Cadence's requirements against the packaging 26.2 vectors in `Fixtures/packaging/`.
@Suite struct RequirementConformanceTests {
    /// Row 0 is the header `[input, name, extras(sorted), str(specifier), url, str(marker), str(requirement)]`.
    @Test func parsesEveryValidRequirementLikePackaging() throws {
        let file = "packaging/requirements_valid.json"
        var tally = Conformance(file)
        for case let row as [Any] in try Fixture.array(file).dropFirst() {
            guard let input = row[0] as? String else { throw FixtureError.row(file, tally.run, "no input") }
            let requirement: Requirement
            do {
                requirement = try Requirement(input)
            } catch {
                tally.check(false, "\(input.debugDescription) rejected: \(error)")
                continue
            }
            let checks: [(String, Bool)] = [
                ("name", requirement.name == row[1] as? String),
                ("extras", requirement.extras == row[2] as? [String]),
                ("specifier", requirement.specifier.description == row[3] as? String),
                ("url", requirement.url == row[4] as? String),
                ("marker", requirement.marker?.description == row[5] as? String),
                ("str", requirement.description == row[6] as? String),
                ("round trip", (try? Requirement(requirement.description)) == requirement),
            ]
            let wrong = checks.filter { !$0.1 }.map(\.0)
            tally.check(
                wrong.isEmpty,
                "\(input.debugDescription): wrong \(wrong.joined(separator: ", ")) in \(requirement)"
            )
        }
        tally.finish()
    }

    /// Only rejection is required to match; the message must name the input and a column.
    @Test func rejectsEveryInvalidRequirement() throws {
        let file = "packaging/requirements_invalid.json"
        var tally = Conformance(file)
        for case let row as [String] in try Fixture.array(file) {
            let input = row[0]
            do {
                let requirement = try Requirement(input)
                tally.check(false, "\(input.debugDescription) accepted as \(requirement)")
            } catch let error as ParseError {
                tally.check(
                    error.subject == .requirement && error.input == input && error.column != nil
                        && error.description.contains(ParseError.quote(input)),
                    "\(input.debugDescription): \(error)"
                )
            }
        }
        tally.finish()
    }

    @Test func comparesRequirementsLikePackaging() throws {
        let file = "packaging/requirements_equality.json"
        var tally = Conformance(file)
        for case let row as [Any] in try Fixture.array(file) {
            guard let left = row[0] as? String, let right = row[1] as? String, let expected = row[2] as? Bool else {
                throw FixtureError.row(file, tally.run, "expected [a, b, bool]")
            }
            let (a, b) = (try Requirement(left), try Requirement(right))
            let consistent = !expected || a.hashValue == b.hashValue
            tally.check((a == b) == expected && consistent, "\(left) == \(right) should be \(expected)")
        }
        tally.finish()
    }
}
