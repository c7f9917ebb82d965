/// A simulation of PEP 606's compatibility version: `sys.set_python_compat_version()`,
/// `sys.set_python_min_compat_version()` and `sys.get_python_compat_version()` on a running CPython.
///
/// The rules (PEP 606, "Specification"):
/// - a version is a tuple of 2 or 3 integers, `(major, minor)` meaning `(major, minor, 0)`, and must be
///   at least `(3, 0)`;
/// - setting the compat version again keeps the minimum of the requested versions;
/// - setting a compat version older than the minimum compat version fails, and so does setting a
///   minimum newer than a compat version set earlier;
/// - by default the compat version is the running version.
///
/// Where PEP 606 is silent, Cadence decides (and says so in its errors):
/// - a compat version or a minimum newer than the running version fails: compatibility can only be
///   asked with an older Python;
/// - setting the minimum again keeps the highest minimum (the strictest request wins, as the lowest
///   compat version does).
///
/// A failing call leaves the state as it was, as a Python function that raises does. Security fixes
/// are never turned off by a compat version; this type only answers which version is in force.
///
/// ```swift
/// var compat = try CompatVersion(running: "3.9.0")
/// try compat.setCompatVersion([3, 8])
/// try compat.setCompatVersion([3, 7, 2])
/// compat.current.description                 // "3.7.2"
/// try compat.setMinCompatVersion([3, 8])      // throws: 3.7.2 is older than 3.8.0
/// ```
public struct CompatVersion: Hashable, Sendable {
    /// The running version's first three fields, the default compat version.
    public let running: VersionTriple
    /// The compat version requested so far (the minimum of the requests), or `nil` when never set.
    public private(set) var requested: VersionTriple?
    /// The minimum compat version (the highest of the requests), or `nil` when never set.
    public private(set) var minimum: VersionTriple?

    /// A running interpreter on which neither function has been called.
    /// - Parameter running: The running version's first three fields.
    public init(running: VersionTriple) {
        self.running = running
    }

    /// A running interpreter on which neither function has been called.
    /// - Parameter running: The running CPython version, `X.Y.Z` with an optional `aN`, `bN` or `rcN`.
    /// - Throws: ``CompatVersionError/invalidRunningVersion(input:column:reason:)`` when it is not one.
    public init(running: String) throws(CompatVersionError) {
        switch VersionTriple.runningVersion(in: running) {
        case .success(let triple): self.init(running: triple)
        case .failure(let failure):
            throw .invalidRunningVersion(input: running, column: failure.column, reason: failure.reason)
        }
    }

    /// `sys.get_python_compat_version()`: the requested compat version, else the running version.
    public var current: VersionTriple { requested ?? running }

    /// `sys.set_python_compat_version(version)`.
    /// - Parameter version: The version tuple, such as `[3, 8]` or `[3, 7, 2]`.
    /// - Throws: ``CompatVersionError`` when the tuple is not 2 or 3 non-negative integers, is below
    ///   `(3, 0)`, is newer than the running version, or is older than the minimum compat version.
    public mutating func setCompatVersion(_ version: [Int]) throws(CompatVersionError) {
        let call = Call(.setCompatVersion, version)
        let triple = try checked(call)
        if let minimum, triple < minimum { throw .belowMinimum(call, minimum: minimum) }
        requested = Swift.min(requested ?? triple, triple)
    }

    /// `sys.set_python_min_compat_version(min_version)`.
    /// - Parameter version: The version tuple, such as `[3, 8]`.
    /// - Throws: ``CompatVersionError`` when the tuple is not 2 or 3 non-negative integers, is below
    ///   `(3, 0)`, is newer than the running version, or a compat version set earlier is older.
    public mutating func setMinCompatVersion(_ version: [Int]) throws(CompatVersionError) {
        let call = Call(.setMinCompatVersion, version)
        let triple = try checked(call)
        if let requested, requested < triple {
            throw .minimumAboveCompatVersion(call, compatVersion: requested)
        }
        minimum = Swift.max(minimum ?? triple, triple)
    }

    /// Performs one call.
    /// - Parameter call: The function and its version tuple.
    /// - Throws: ``CompatVersionError`` as the function does; the state is then unchanged.
    public mutating func apply(_ call: Call) throws(CompatVersionError) {
        switch call.function {
        case .setCompatVersion: try setCompatVersion(call.version)
        case .setMinCompatVersion: try setMinCompatVersion(call.version)
        }
    }

    /// Performs calls in order, stopping at the first that fails (the calls before it stay done).
    /// - Parameter calls: The calls, in the order the program makes them.
    /// - Throws: The first call's ``CompatVersionError``.
    public mutating func apply(_ calls: [Call]) throws(CompatVersionError) {
        for call in calls { try apply(call) }
    }

    /// Reads a `VERSION` of `-X compat_version=VERSION` or `PYTHONCOMPATVERSION=VERSION`: numbers
    /// separated by dots (`3.8` → `[3, 8]`).
    ///
    /// Only the syntax is checked here; how many numbers a version may have and how low it may go are
    /// rules of the set functions, which report them.
    /// - Parameter text: The version text, such as `3.7.2`.
    /// - Returns: The version tuple.
    /// - Throws: ``CompatVersionError/invalidVersion(input:column:reason:)`` with the column of the problem.
    public static func parseVersion(_ text: String) throws(CompatVersionError) -> [Int] {
        switch VersionTriple.dottedNumbers(in: text) {
        case .success(let numbers): return numbers
        case .failure(let failure): throw .invalidVersion(input: text, column: failure.column, reason: failure.reason)
        }
    }

    /// Checks the rules every call shares and returns the version as a triple.
    private func checked(_ call: Call) throws(CompatVersionError) -> VersionTriple {
        let version = call.version
        guard (2...3).contains(version.count) else { throw .notAVersionTuple(call) }
        if version.lexicographicallyPrecedes([3, 0]) { throw .belowPython3(call) }
        guard let triple = VersionTriple(numbers: version) else { throw .notAVersionTuple(call) }
        if triple > running { throw .newerThanRunning(call, running: running) }
        return triple
    }
}
