import CadenceCore

/// `compat`: PEP 606's compat version after a sequence of `sys.set_python_compat_version` and
/// `sys.set_python_min_compat_version` calls, stopping at the first that fails.
///
/// Encoded as `{"running", "calls", "compatVersion", "minCompatVersion"}` (`minCompatVersion` is `null`
/// when never set) or, when a call fails, `{"running", "calls", "error", "failedCall"}`; for people, the
/// compat version or the error.
///
/// ```swift
/// let requests = [CompatAnswer.Request(.init(.setCompatVersion, [3, 8]), writtenAs: "--set 3.8")]
/// try CompatAnswer(running: "3.9.0", requests: requests).text  // "3.8.0"
/// ```
public struct CompatAnswer: ItemAnswer {
    /// One call, with how the user asked for it.
    public struct Request: Sendable {
        /// The call.
        public var call: CompatVersion.Call
        /// How the user wrote it, to name it in an error: `--set 3.7`.
        public var writtenAs: String

        /// A call written as `writtenAs`.
        /// - Parameters:
        ///   - call: The call.
        ///   - writtenAs: How the user wrote it, such as `--set 3.7`.
        public init(_ call: CompatVersion.Call, writtenAs: String) {
            self.call = call
            self.writtenAs = writtenAs
        }
    }

    /// A call that failed.
    public struct Failure: Sendable {
        /// Its 1-based position among the calls.
        public var call: Int
        /// The message for a person: `--set 3.7 (call 2): sys.set_python_compat_version((3, 7)) failed: …`.
        public var message: String
    }

    /// The running version, as written.
    public let running: String
    /// Every call asked for, in order, including those after a failure.
    public let calls: [CompatVersion.Call]
    /// The state after the calls that ran.
    public let state: CompatVersion
    /// The call that failed, or `nil` when all succeeded.
    public let failure: Failure?

    /// Runs `requests` in order on a CPython `running`, stopping at the first that fails.
    /// - Parameters:
    ///   - running: The running CPython version, X.Y.Z with an optional aN, bN or rcN.
    ///   - requests: The calls, in order.
    /// - Throws: ``CadenceCore/CompatVersionError`` when `running` is not a CPython version; a call that
    ///   fails is the answer's ``failure``.
    public init(running: String, requests: [Request]) throws(CompatVersionError) {
        var state = try CompatVersion(running: running)
        var failure: Failure?
        for (index, request) in requests.enumerated() {
            do {
                try state.apply(request.call)
            } catch {
                failure = Failure(call: index + 1, message: "\(request.writtenAs) (call \(index + 1)): \(error)")
                break
            }
        }
        self.running = running
        self.calls = requests.map(\.call)
        self.state = state
        self.failure = failure
    }

    private enum CodingKeys: String, CodingKey {
        case running, calls, compatVersion, minCompatVersion, error, failedCall
    }

    /// Writes the running version, the calls, and the result or the failure.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(running, forKey: .running)
        try container.encode(calls.map(\.description), forKey: .calls)
        if let failure {
            try container.encode(failure.message, forKey: .error)
            try container.encode(failure.call, forKey: .failedCall)
        } else {
            try container.encode(state.current.description, forKey: .compatVersion)
            try container.encode(state.minimum?.description, forKey: .minCompatVersion)
        }
    }

    /// The compat version (`sys.get_python_compat_version()`), or the failure's message.
    public var text: String { failure?.message ?? state.current.description }
    /// Whether a call failed.
    public var isError: Bool { failure != nil }
    /// Whether a call failed.
    public var isNegative: Bool { failure != nil }
}
