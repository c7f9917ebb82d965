import CadenceKit
import CadencePackaging
import Testing

@Suite struct FilterAnswerTests {
    @Test func letsThroughTheVersionsPackagingWouldInInputOrder() throws {
        // Given a final release among pre-releases, and the same version twice
        let items = ["3.8", "3.9.0rc1", "3.9.1", "3.10.0a1", "3.9.1"].map { InputItem(text: $0) }
        // When they are filtered through >=3.9
        let answers = FilterAnswer.filtering(items, through: try SpecifierSet(">=3.9"))
        // Then the pre-releases stay out (a final release matches), both 3.9.1 pass, and the batch succeeds
        #expect(answers.answers.map(\.text) == ["3.9.1", "3.9.1"])
        #expect(!answers.isNegative)
    }

    @Test func preReleasesPassWhenNoFinalReleaseMatches() throws {
        // Given no final release at or above 3.11 (3.11.0rc1 comes before 3.11)
        let items = ["3.8", "3.11.0rc1", "3.12.0a1"].map { InputItem(text: $0) }
        // Then the one pre-release that matches passes
        let answers = FilterAnswer.filtering(items, through: try SpecifierSet(">=3.11"))
        #expect(answers.answers.map(\.text) == ["3.12.0a1"])
        #expect(!answers.isNegative)
    }

    @Test func invalidItemsComeFirstAndMakeTheBatchNegative() throws {
        // Given lines of standard input, one not a version
        let items = [InputItem(text: "3.12.0", line: 1), InputItem(text: "bad", line: 2)]
        // When they are filtered
        let answers = FilterAnswer.filtering(items, through: try SpecifierSet(">=3.11"))
        // Then the invalid line comes before the one let through, and the batch fails
        #expect(answers.answers.map(\.isError) == [true, false])
        #expect(try ResultEncoder().string(for: answers.answers[1]) == #"{"input":"3.12.0","line":1}"#)
        #expect(answers.isNegative)
    }

    @Test func nothingLetThroughIsNegativeLikeGrep() throws {
        let answers = FilterAnswer.filtering([InputItem(text: "3.8")], through: try SpecifierSet(">=9"))
        #expect(answers.answers.isEmpty)
        #expect(answers.isNegative)
    }

    @Test func arbitraryEqualityFiltersAnyString() throws {
        let items = ["foo", "bar", "foo"].enumerated().map { InputItem(text: $0.element, line: $0.offset + 1) }
        let answers = FilterAnswer.filtering(items, through: try SpecifierSet("===foo"))
        #expect(answers.answers.map { $0.answer?.item.line } == [1, 3])
    }
}
