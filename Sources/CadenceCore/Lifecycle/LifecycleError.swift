import CadencePackaging

/// A release series, plan or model request that Cadence cannot work with, explained for a person.
public enum LifecycleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A series name that is not `X.Y` or `X`.
    case invalidSeries(String)
    /// A series that the history or plan does not contain.
    case unknownSeries(SeriesName)
    /// A release model name that Cadence does not know; carries the known names.
    case unknownModel(String, known: [String])
    /// A variant that the model does not have; carries the model and its variants.
    case unknownVariant(String, model: String, known: [String])
    /// A request a model cannot plan, such as a series before the model's first one.
    case unplannable(model: String, reason: String)

    /// The message for people.
    public var description: String {
        switch self {
        case .invalidSeries(let text):
            return "invalid release series \(ParseError.quote(text)): expected X.Y such as 3.9 (or X such as 4)"
        case .unknownSeries(let series):
            return "unknown release series '\(series)'"
        case .unknownModel(let name, let known):
            return "unknown release model \(ParseError.quote(name)): expected one of \(known.joined(separator: ", "))"
        case .unknownVariant(let name, let model, let known) where known.isEmpty:
            return "unknown variant \(ParseError.quote(name)): the \(model) model has no variants"
        case .unknownVariant(let name, let model, let known):
            return "unknown variant \(ParseError.quote(name)) of the \(model) model: expected one of "
                + known.joined(separator: ", ")
        case .unplannable(let model, let reason):
            return "the \(model) model cannot plan this: \(reason)"
        }
    }
}
