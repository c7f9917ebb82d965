import Testing

@testable import CadencePackaging

@Suite struct CompatibleTagSelectorTests {
    @Test func picksWheelsWithSupportedTagsBestFirst() throws {
        let supported = CompatibleTags.abiIndependent(
            version: PythonVersion(3, 12),
            interpreter: "cp312",
            platforms: ["linux_x86_64"]
        )
        let selector = CompatibleTagSelector(supported: supported)
        let files = [
            "foo-1.0-py2-none-any.whl", "foo-1.0-py3-none-any.whl", "foo-1.0-cp39-cp39-win32.whl",
            "foo-1.0-py2.py3-none-linux_x86_64.whl",
        ]
        let ranked = selector.select(try files.map { ($0, try WheelFilename($0).tags) })
        #expect(ranked == ["foo-1.0-py2.py3-none-linux_x86_64.whl", "foo-1.0-py3-none-any.whl"])
    }

    @Test func ranksARepeatedTagByItsFirstPosition() throws {
        let a = Tag(interpreter: "py3", abi: "none", platform: "a")
        let b = Tag(interpreter: "py3", abi: "none", platform: "b")
        let selector = CompatibleTagSelector(supported: [a, b, a])
        #expect(selector.rank(of: [a]) == 0)
        #expect(selector.rank(of: [b]) == 1)
        #expect(selector.rank(of: [Tag(interpreter: "py2", abi: "none", platform: "a")]) == nil)
        #expect(selector.select([("second", [b]), ("first", [a]), ("tie", [a])]) == ["first", "tie", "second"])
    }
}
