import CadencePackaging

/// Why a PEP 606 compat version call, or the text it was read from, was refused; the message is
/// written for people and names the call or the input.
///
/// ```
/// sys.set_python_compat_version((3, 7)) failed: 3.7.0 is older than the minimum compat version 3.8.0
/// invalid compat version '3.x': unexpected 'x' at column 3
/// ```
public enum CompatVersionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Text that is not numbers separated by dots.
    case invalidVersion(input: String, column: Int?, reason: String)
    /// A running version that no CPython reports.
    case invalidRunningVersion(input: String, column: Int?, reason: String)
    /// An `-X` option or environment variable that is not one of PEP 606's.
    case unknownSetting(String)
    /// A version that is not a tuple of 2 or 3 non-negative integers.
    case notAVersionTuple(CompatVersion.Call)
    /// A version below `(3, 0)`.
    case belowPython3(CompatVersion.Call)
    /// A version newer than the running one (Cadence's rule; PEP 606 is silent).
    case newerThanRunning(CompatVersion.Call, running: VersionTriple)
    /// A compat version older than the minimum compat version set earlier.
    case belowMinimum(CompatVersion.Call, minimum: VersionTriple)
    /// A minimum newer than the compat version set earlier.
    case minimumAboveCompatVersion(CompatVersion.Call, compatVersion: VersionTriple)

    /// The message for people.
    public var description: String {
        switch self {
        case .invalidVersion(let input, let column, let reason):
            return ParseError.message(subject: "compat version", input: input, column: column, reason: reason)
        case .invalidRunningVersion(let input, let column, let reason):
            return ParseError.message(subject: "running version", input: input, column: column, reason: reason)
        case .unknownSetting(let name):
            return "unknown compat version setting \(ParseError.quote(name)): expected -X compat_version=VERSION, "
                + "-X min_compat_version=VERSION, PYTHONCOMPATVERSION or PYTHONCOMPATMINVERSION"
        case .notAVersionTuple(let call):
            return "\(call) failed: a version is a tuple of 2 or 3 non-negative integers, (major, minor) or "
                + "(major, minor, micro)"
        case .belowPython3(let call):
            return "\(call) failed: the version must be (3, 0) or later"
        case .newerThanRunning(let call, let running):
            return "\(call) failed: \(Self.triple(call)) is newer than the running Python \(running); "
                + "a compat version asks for the behaviour of an older Python"
        case .belowMinimum(let call, let minimum):
            return "\(call) failed: \(Self.triple(call)) is older than the minimum compat version \(minimum)"
        case .minimumAboveCompatVersion(let call, let compatVersion):
            return "\(call) failed: the compat version \(compatVersion) set earlier is older than "
                + "the requested minimum \(Self.triple(call))"
        }
    }

    private static func triple(_ call: CompatVersion.Call) -> String {
        VersionTriple(numbers: call.version)?.description ?? call.pythonTuple
    }
}
