import CadenceKit
import Testing

@Suite struct VersionAnswerTests {
    @Test func normalisesEachItemAndReportsTheInvalidOnesInPlace() throws {
        // Given two lines of standard input, the second not a version
        let items = [InputItem(text: "V3.9.0-Alpha5", line: 1), InputItem(text: "nope", line: 2)]
        // When they are normalised
        let answers = VersionAnswer.normalizing(items)
        // Then the first has its normal form, the second is invalid, and the batch fails
        #expect(
            answers.answers.map(\.text) == ["3.9.0a5", "line 2: invalid version 'nope': unexpected 'n' at column 1"]
        )
        #expect(answers.answers.map(\.isError) == [false, true])
        #expect(answers.isNegative)
        #expect(
            try ResultEncoder().string(for: answers.answers[0])
                == #"{"input":"V3.9.0-Alpha5","line":1,"normalized":"3.9.0a5"}"#
        )
    }

    @Test func allValidIsNotNegative() {
        #expect(!VersionAnswer.normalizing([InputItem(text: "1.0"), InputItem(text: "2!1.0.post1")]).isNegative)
        #expect(!VersionAnswer.normalizing([]).isNegative)
    }
}
