import CadenceCore
import CadenceKit
import Testing

@Suite struct FeatureLimitAnswerTests {
    @Test(arguments: [("3.8.1", "3.9.0", true), ("3.9.2", "3.9.2", false), ("4", "3.9.3", true)])
    func clampsTheRequestedLimitToTheRunningSeries(requested: String, limit: String, clamped: Bool) throws {
        let answer = try FeatureLimitAnswer(running: "3.9.3", requested: requested)
        #expect(answer.text == limit)
        #expect(
            try ResultEncoder().string(for: answer)
                == #"{"running":"3.9.3","requested":"\#(requested)","limit":"\#(limit)","clamped":\#(clamped)}"#
        )
        #expect(!answer.isNegative && !answer.isError)
    }

    @Test func withoutARequestTheLimitIsTheRunningVersionAndRequestedIsNull() throws {
        let answer = try FeatureLimitAnswer(running: "3.9.3rc1")
        #expect(
            try ResultEncoder().string(for: answer)
                == #"{"running":"3.9.3rc1","requested":null,"limit":"3.9.3","clamped":false}"#
        )
    }

    @Test func aBadRunningVersionThrows() {
        #expect(throws: FeatureLimitError.self) { try FeatureLimitAnswer(running: "x") }
    }
}
