import CadenceKit
import Testing

@Suite struct SortedVersionAnswerTests {
    let items = [
        InputItem(text: "3.10", line: 1), InputItem(text: "V3.9", line: 2), InputItem(text: "bad", line: 3),
        InputItem(text: "3.9.0rc1", line: 4), InputItem(text: "3.9.0", line: 5),
    ]

    @Test func putsTheInvalidItemsFirstThenTheVersionsInPEP440Order() {
        // When the lines are sorted
        let answers = SortedVersionAnswer.sorting(items)
        // Then the invalid line comes first, the rest oldest first, equal versions in input order, as written
        #expect(answers.answers.map(\.text).dropFirst() == ["3.9.0rc1", "V3.9", "3.9.0", "3.10"])
        #expect(answers.answers.first?.isError == true)
        #expect(answers.isNegative)
    }

    @Test func descendingSkippingAndNormalised() {
        // When they are sorted newest first, skipping the invalid line and showing normal forms
        let answers = SortedVersionAnswer.sorting(
            items,
            descending: true,
            skippingInvalid: true,
            showingNormalized: true
        )
        // Then no line is an error, the batch succeeds, and the texts are normalised
        #expect(answers.answers.map(\.text) == ["3.10", "3.9", "3.9.0", "3.9.0rc1"])
        #expect(!answers.isNegative)
    }

    @Test func writesTheLineAfterTheNormalisedForm() throws {
        let answers = SortedVersionAnswer.sorting([InputItem(text: "V3.9", line: 2), InputItem(text: "1.0")])
        let json = try answers.answers.map { try ResultEncoder().string(for: $0) }
        #expect(json == [#"{"input":"1.0","normalized":"1.0"}"#, #"{"input":"V3.9","normalized":"3.9","line":2}"#])
    }
}
