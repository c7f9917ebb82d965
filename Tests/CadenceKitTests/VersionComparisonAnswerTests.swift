import CadenceKit
import Testing

@Suite struct VersionComparisonAnswerTests {
    @Test(arguments: [("3.9.0a5", "3.9.0b1", "<"), ("1.0", "1.0.0", "=="), ("3.10", "3.9", ">")])
    func ordersTwoArguments(a: String, b: String, result: String) throws {
        let answer = try #require(VersionComparisonAnswer.comparing(a, b).answers.first)
        #expect(answer.text == result)
        #expect(try ResultEncoder().string(for: answer) == #"{"a":"\#(a)","b":"\#(b)","result":"\#(result)"}"#)
    }

    @Test func anInvalidArgumentNamesBothVersions() {
        let answers = VersionComparisonAnswer.comparing("3.10", "x!")
        #expect(answers.isNegative)
        #expect(answers.answers[0].text == "invalid version 'x!': unexpected 'x' at column 1")
        if case .invalid(let invalid) = answers.answers[0] { #expect(invalid.item.text == "3.10 x!") }
    }

    @Test func eachLineMustHoldExactlyTwoVersions() {
        // Given lines separated by a space, a tab, two spaces, and lines with one and three versions
        let lines = ["3.10 3.9", "1.0\t1.0.0", "2.0  1.0", "1.0", "1 2 3"].enumerated().map {
            InputItem(text: $0.element, line: $0.offset + 1)
        }
        // When they are compared
        let answers = VersionComparisonAnswer.comparing(lines: lines)
        // Then the first three are answered and the others say what a line needs
        #expect(answers.answers.prefix(3).map(\.text) == [">", "==", ">"])
        #expect(answers.answers[3].text == "line 4: expected two versions separated by a space, got '1.0'")
        #expect(answers.answers[4].text == "line 5: expected two versions separated by a space, got '1 2 3'")
        #expect(answers.isNegative)
    }
}
