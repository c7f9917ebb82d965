import CadenceKit
import Testing

@Suite struct ABITagAnswerTests {
    @Test func givesTheSOABIWithThePreFreezeAndDebugFlags() throws {
        let answers = ABITagAnswer.tags(for: ["3.9.0b6", "3.9.0rc1"].map { InputItem(text: $0) }, debug: true)
        #expect(answers.answers.map(\.text) == ["cpython-39pd", "cpython-39d"])
        #expect(
            try ResultEncoder().string(for: answers.answers[0])
                == #"{"input":"3.9.0b6","tag":"cpython-39pd","preFreeze":true,"debug":true,"wheelABI":"cp39pd"}"#
        )
        #expect(!answers.isNegative)
    }

    @Test func aWindowsPlatformAddsThePlatformAndTheFileSuffix() throws {
        let answers = ABITagAnswer.tags(for: [InputItem(text: "3.9.0b2", line: 4)], platform: "win_amd64")
        #expect(
            try ResultEncoder().string(for: answers.answers[0])
                == #"{"input":"3.9.0b2","line":4,"tag":"cp39p-win_amd64","platform":"win_amd64","preFreeze":true,"debug":false,"wheelABI":"cp39p","fileSuffix":".cp39p-win_amd64.pyd"}"#
        )
    }

    @Test func anInvalidVersionIsNamedAsWritten() {
        // Given a version whose normal form differs from how it is written, and one that is not a version
        let answers = ABITagAnswer.tags(for: ["V1.0", "nope"].map { InputItem(text: $0) })
        // Then both are invalid, the first named as the user wrote it
        #expect(
            answers.answers.map(\.text) == [
                "invalid CPython version 'V1.0': expected a release X.Y.Z such as 3.9.0 or 3.9.0b2",
                "invalid version 'nope': unexpected 'n' at column 1",
            ]
        )
        #expect(answers.isNegative)
    }
}
