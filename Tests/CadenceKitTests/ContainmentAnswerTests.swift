import CadenceKit
import CadencePackaging
import Testing

@Suite struct ContainmentAnswerTests {
    @Test func saysWhetherTheSetContainsEachVersion() throws {
        // Given a set that excludes one pre-release, and three versions
        let set = try SpecifierSet(">=3.9,!=3.9.0a5,<4")
        let items = ["3.9.0a5", "3.9.1", "4.0"].map { InputItem(text: $0) }
        // When each is checked
        let answers = ContainmentAnswer.checking(items, against: set)
        // Then only 3.9.1 is contained; a version not contained makes the batch negative
        #expect(answers.answers.map(\.text) == ["3.9.0a5\tfalse", "3.9.1\ttrue", "4.0\tfalse"])
        #expect(answers.answers.map(\.isNegative) == [true, false, true])
        #expect(answers.isNegative)
        #expect(!ContainmentAnswer.checking([items[1]], against: set).isNegative)
    }

    @Test func anItemThatIsNotAVersionIsInvalidUnlessTheSetMatchesArbitraryStrings() throws {
        let item = InputItem(text: "foo", line: 3)
        let strict = ContainmentAnswer.checking([item], against: try SpecifierSet(">=1"))
        #expect(strict.answers[0].isError)
        let arbitrary = ContainmentAnswer.checking([item], against: try SpecifierSet("===foo"))
        #expect(try ResultEncoder().string(for: arbitrary.answers[0]) == #"{"input":"foo","line":3,"contains":true}"#)
    }

    @Test func noPreRefusesAPreReleaseTheSetWouldAllow() throws {
        let answers = ContainmentAnswer.checking(
            [InputItem(text: "3.10.0b1")],
            against: try SpecifierSet(">=3.9", prereleases: false)
        )
        #expect(answers.answers[0].answer?.contains == false)
    }
}
