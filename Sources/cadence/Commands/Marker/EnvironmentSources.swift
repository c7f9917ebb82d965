import ArgumentParser
import CadenceKit
import CadencePackaging
import Foundation

/// Reads marker variables from `--env KEY=VALUE`, `--env-file` and JSON lines.
enum EnvironmentSources {
    /// Applies one `KEY=VALUE` assignment; a missing `=` is bad usage.
    static func apply(assignment: String, to environment: inout MarkerEnvironment) throws {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
            throw ValidationError("--env expects KEY=VALUE, got '\(assignment)'")
        }
        let key = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
        let value = String(assignment[assignment.index(after: equals)...])
        switch key {
        case "extras", "dependency_groups":
            // Set-valued: a comma-separated list, such as `extras=docs,test`.
            let members = Set(
                value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            )
            if key == "extras" { environment.extras = members } else { environment.dependencyGroups = members }
        default:
            environment.values[key] = value
        }
    }

    /// Applies a file of variables: a JSON object, or `KEY=VALUE` lines (`#` starts a comment).
    static func apply(file path: String, to environment: inout MarkerEnvironment) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("--env-file: cannot read '\(path)': \(error.localizedDescription)")
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
            do {
                try environment.apply(json: text)
            } catch {
                throw ValidationError("--env-file '\(path)': \(error)")
            }
            return
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            do {
                try apply(assignment: trimmed, to: &environment)
            } catch {
                throw ValidationError("--env-file '\(path)', line \(index + 1): expected KEY=VALUE, got '\(trimmed)'")
            }
        }
    }
}
