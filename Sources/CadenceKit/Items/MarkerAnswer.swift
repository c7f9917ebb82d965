import CadencePackaging

/// `marker eval`: a PEP 508 marker's value in one environment.
///
/// Encoded as `{"marker", "input", "result"}` or, when it cannot be evaluated, `{"marker", "input", "line",
/// "error"}` (`input` and `line` only for an environment read from a line of standard input); for
/// people, `true` or `false`, or the error after `line N: `. A false marker is a negative answer.
///
/// ```swift
/// let marker = try Marker(#"sys_platform == "win32""#)
/// MarkerAnswer.evaluating(marker, in: MarkerEnvironment(values: ["sys_platform": "win32"]))
///     .answers[0].text  // "true"
/// ```
public struct MarkerAnswer: ItemAnswer {
    /// The marker's value, or why it has none.
    public enum Outcome: Sendable, Equatable {
        /// The marker's value.
        case result(Bool)
        /// Why the marker could not be evaluated, for a person.
        case error(String)
    }

    /// The marker, as Cadence prints it.
    public let marker: String
    /// The line of standard input that gave the environment, or `nil` for the base environment alone.
    public let item: InputItem?
    /// The value, or why there is none.
    public let outcome: Outcome

    private enum CodingKeys: String, CodingKey {
        case marker, input, line, result, error
    }

    /// Writes the marker, the input, and the result or the error (after the input's line).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(marker, forKey: .marker)
        if let item { try container.encode(item.text, forKey: .input) }
        switch outcome {
        case .result(let result):
            try container.encode(result, forKey: .result)
        case .error(let message):
            if let line = item?.line { try container.encode(line, forKey: .line) }
            try container.encode(message, forKey: .error)
        }
    }

    /// `true` or `false`, or the error after `line N: ` for a line of standard input.
    public var text: String {
        switch outcome {
        case .result(let result): String(result)
        case .error(let message): item.map { "line \($0.line ?? 0): \(message)" } ?? message
        }
    }

    /// Whether the marker could not be evaluated.
    public var isError: Bool {
        if case .error = outcome { return true }
        return false
    }

    /// Whether the marker is false or could not be evaluated.
    public var isNegative: Bool { outcome != .result(true) }
}

extension MarkerAnswer {
    /// Evaluates `marker` in `environment` or, given lines, once per line, each line a JSON object of
    /// variables (see ``CadencePackaging/MarkerEnvironment/apply(json:)``) applied over `environment`.
    /// - Parameters:
    ///   - marker: The marker.
    ///   - environment: The base environment.
    ///   - lines: Lines of standard input, each an environment, or `nil` to evaluate the base alone.
    /// - Returns: One answer per environment; negative when one is false or cannot be evaluated. An
    ///   undefined variable's error says how to supply it.
    public static func evaluating(
        _ marker: Marker,
        in environment: MarkerEnvironment,
        lines: [InputItem]? = nil
    ) -> ItemAnswers<MarkerAnswer> {
        let text = marker.description
        let environments: [InputItem?] = lines ?? [nil]
        return ItemAnswers(
            environments.map { item in
                do {
                    var environment = environment
                    if let item { try environment.apply(json: item.text) }
                    return MarkerAnswer(marker: text, item: item, outcome: .result(try marker.evaluate(environment)))
                } catch {
                    return MarkerAnswer(marker: text, item: item, outcome: .error(message(for: error)))
                }
            }
        )
    }

    /// The error's message, with a hint on how to supply a variable the environment lacks.
    private static func message(for error: any Error) -> String {
        guard case MarkerEvaluationError.undefinedEnvironmentName(let name)? = error as? MarkerEvaluationError
        else { return "\(error)" }
        let how: String
        if name == "extras" || name == "dependency_groups" {
            how = "give it as a JSON list, such as {\"\(name)\": [\"docs\"]}, in --env-file or a --stdin line"
        } else if name.hasPrefix("python_") || name == "implementation_version" {
            how = "give --python VERSION (no python3 on PATH supplied it) or --env \(name)=VALUE"
        } else {
            how = "give --env \(name)=VALUE or --env-file FILE"
        }
        return "\(error); \(how)"
    }
}
