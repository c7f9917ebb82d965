import CadenceKit
import CadencePackaging
import Testing

@Suite struct InvalidItemTests {
    struct Refusal: Error, CustomStringConvertible {
        var description: String { "refused 'x'" }
    }

    @Test func namesTheLineOfStandardInputInTextAndJSON() throws {
        // Given an item read from line 7 of standard input, and one given as an argument
        let fromInput = InvalidItem(InputItem(text: "x", line: 7), Refusal())
        let fromArgument = InvalidItem(InputItem(text: "x"), Refusal())
        // Then the line number leads the text and follows the input in JSON; an argument has neither
        #expect(fromInput.text == "line 7: refused 'x'")
        #expect(try ResultEncoder().string(for: fromInput) == #"{"input":"x","line":7,"error":"refused 'x'"}"#)
        #expect(fromArgument.text == "refused 'x'")
        #expect(try ResultEncoder().string(for: fromArgument) == #"{"input":"x","error":"refused 'x'"}"#)
        #expect(fromInput.isError && fromInput.isNegative)
    }

    @Test func aResultIsEncodedAsItsAnswerOrAsItsError() throws {
        // Given one answered item and one invalid item
        let answered = VersionAnswer.normalizing([InputItem(text: "1.0c1")]).answers[0]
        let invalid = ItemResult<VersionAnswer>.invalid(InvalidItem(InputItem(text: "x"), Refusal()))
        // Then each encodes as its own object, and only the invalid one is an error
        #expect(try ResultEncoder().string(for: answered) == #"{"input":"1.0c1","normalized":"1.0rc1"}"#)
        #expect(try ResultEncoder().string(for: invalid) == #"{"input":"x","error":"refused 'x'"}"#)
        #expect(answered.answer?.normalized == "1.0rc1" && !answered.isError && !answered.isNegative)
        #expect(invalid.answer == nil && invalid.isError && invalid.isNegative)
    }

    @Test func aBatchIsNegativeWhenOneAnswerIsUnlessItSaysOtherwise() throws {
        let items = [InputItem(text: "3.9.1"), InputItem(text: "3.8")]
        let answers = ContainmentAnswer.checking(items, against: try SpecifierSet(">=3.9"))
        #expect(answers.isNegative)
        #expect(!ItemAnswers(Array(answers.answers.prefix(1))).isNegative)
        #expect(!ItemAnswers(answers.answers, isNegative: false).isNegative)
    }
}
