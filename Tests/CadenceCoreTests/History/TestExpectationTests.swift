import Testing

@testable import CadenceCore

@Suite struct TestExpectationTests {
    @Test func readsLiteralsExceptionNamesAndConstants() {
        #expect(
            TestExpectation.tokens(in: "        self.assertRaises(ValueError, f, b'x', 0.5)  # 'comment'")
                == ["ValueError", "'x'", "0.5"]
        )
        #expect(TestExpectation.tokens(in: "    self.assertIsNone(x)") == [])
        #expect(TestExpectation.tokens(in: "    assert f() is True, \"\"\"doc\"\"\"") == ["True", "'doc'"])
    }

    @Test func anAssertionTurnedIntoItsOppositeIsAFlip() {
        #expect(
            TestExpectation.polarityFlips(
                removed: ["        self.assertTrue(ok)"],
                added: ["        self.assertFalse(ok)"]
            )
                == ["`assertTrue` became `assertFalse`"]
        )
        // Both kept, or a refactor into another assertion: no flip.
        #expect(
            TestExpectation.polarityFlips(
                removed: ["        self.assertTrue(a in b)"],
                added: ["        self.assertIn(a, b)", "        self.assertTrue(c)"]
            ).isEmpty
        )
    }
}
