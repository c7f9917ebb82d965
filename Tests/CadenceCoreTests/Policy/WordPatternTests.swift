import Testing

@testable import CadenceCore

@Suite struct WordPatternTests {
    @Test(arguments: [
        ("crash*", "Fix crashes in ssl", "crashes"),
        ("crash*", "Fix a Crash.", "crash"),
        ("crash*", "Fix a non-crashing path", "crashing"),
        ("add", "Add a parameter", "add"),
        ("deprecat*", "Deprecation of x", "deprecation"),
        ("now raise*", "json now   raises ValueError", "now raises"),
        ("no longer", "It no longer\tworks", "no longer"),
    ])
    func matchesWholeWordsIgnoringCaseAndSpaces(pattern: String, text: String, match: String) {
        #expect(WordPattern(pattern).firstMatch(in: text) == match)
    }

    @Test(arguments: [
        ("add", "Fix the address family"),
        ("crash*", "Fix a subcrash"),
        ("remov*", "Fix unremovable files"),
        ("now raise*", "now, raises"),
        ("", "anything"),
    ])
    func doesNotMatchInsideWords(pattern: String, text: String) {
        #expect(WordPattern(pattern).firstMatch(in: text) == nil)
    }
}
