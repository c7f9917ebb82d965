import CadenceCore
import CadenceKit
import Testing

@Suite struct CompatAnswerTests {
    func request(_ function: CompatVersion.Call.Function, _ version: [Int], _ written: String) -> CompatAnswer.Request {
        CompatAnswer.Request(CompatVersion.Call(function, version), writtenAs: written)
    }

    @Test func theCompatVersionIsTheLowestRequested() throws {
        // Given two compat versions and a minimum
        let requests = [
            request(.setCompatVersion, [3, 8], "--set 3.8"), request(.setCompatVersion, [3, 7, 2], "--set 3.7.2"),
            request(.setMinCompatVersion, [3, 7], "--min 3.7"),
        ]
        // When they run on 3.9.0
        let answer = try CompatAnswer(running: "3.9.0", requests: requests)
        // Then the lowest compat version is in force, with the minimum
        #expect(answer.text == "3.7.2" && !answer.isNegative && !answer.isError)
        #expect(
            try ResultEncoder().string(for: answer)
                == #"{"running":"3.9.0","calls":["sys.set_python_compat_version((3, 8))","sys.set_python_compat_version((3, 7, 2))","sys.set_python_min_compat_version((3, 7))"],"compatVersion":"3.7.2","minCompatVersion":"3.7.0"}"#
        )
    }

    @Test func theFirstFailingCallStopsTheRunAndIsNamedAsWritten() throws {
        // Given a minimum of 3.8, then a compat version below it, then one that would succeed
        let requests = [
            request(.setMinCompatVersion, [3, 8], "--min 3.8"), request(.setCompatVersion, [3, 7], "--set 3.7"),
            request(.setCompatVersion, [3, 8], "--set 3.8"),
        ]
        // When they run
        let answer = try CompatAnswer(running: "3.9.0", requests: requests)
        // Then the second call fails, the third never runs, and every call is still listed
        let message =
            "--set 3.7 (call 2): sys.set_python_compat_version((3, 7)) failed: 3.7.0 is older than the minimum compat version 3.8.0"
        #expect(answer.failure?.call == 2 && answer.text == message)
        #expect(answer.isError && answer.isNegative)
        #expect(answer.state.current.description == "3.9.0")
        let json = try ResultEncoder().string(for: answer)
        #expect(json.hasSuffix(#""error":"\#(message)","failedCall":2}"#))
        #expect(json.contains(#""sys.set_python_compat_version((3, 8))"]"#))
    }

    @Test func noCallsLeaveTheRunningVersionAndNoMinimum() throws {
        let answer = try CompatAnswer(running: "3.9.0", requests: [])
        #expect(
            try ResultEncoder().string(for: answer)
                == #"{"running":"3.9.0","calls":[],"compatVersion":"3.9.0","minCompatVersion":null}"#
        )
    }

    @Test func aBadRunningVersionThrows() {
        #expect(throws: CompatVersionError.self) { try CompatAnswer(running: "three", requests: []) }
    }
}
