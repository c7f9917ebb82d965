/// A request that cannot be answered as asked: a target that names no series, a series the data lacks.
///
/// Front ends show it as bad usage (the CLI exits 64 with the command's usage, the server answers 400);
/// the message names the option or input at fault: `--target: the range ends on 'main~3', which names
/// no release series; give --target X.Y.`
public struct UsageError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The message for a person.
    public var description: String

    /// An error with `message`.
    public init(_ message: String) { description = message }
}
