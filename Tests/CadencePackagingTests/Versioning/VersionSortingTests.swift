import CadenceTestSupport
import Testing

@testable import CadencePackaging

/// `Version.sortedIndices` takes shortcuts (compact keys, a radix sort, separate handling of local
/// labels and of versions too large for a key); it must always agree with a plain stable sort by `<`.
@Suite struct VersionSortingTests {
    /// A stable sort by full comparison: the reference the fast path must match exactly.
    static func referenceOrder(_ versions: [Version], descending: Bool) -> [Int] {
        versions.indices.sorted { lhs, rhs in
            let order = Version.compare(versions[lhs], versions[rhs])
            if order != 0 { return descending ? order > 0 : order < 0 }
            return lhs < rhs
        }
    }

    /// Versions that exercise every path: equal spellings, locals, big numbers, epochs, long releases.
    static func randomVersion(using generator: inout SeededGenerator) -> Version? {
        let release = (0..<Int.random(in: 1...7, using: &generator)).map { _ in
            [0, 0, 1, 2, 3, 9, 10, 2026, 1 << 20, 1 << 33].randomElement(using: &generator) ?? 0
        }
        let pre: Version.PreRelease? =
            Bool.random(using: &generator)
            ? nil
            : .init(
                Version.PreRelease.Kind.allCases.randomElement(using: &generator) ?? .alpha,
                Int.random(in: 0...3, using: &generator)
            )
        let local: [Version.LocalSegment]? =
            Int.random(in: 0..<4, using: &generator) == 0
            ? [[.text("ubuntu")], [.number(1)], [.number(1), .text("a")], [.text("abc"), .number(2)]].randomElement(
                using: &generator
            )
            : nil
        return Version(
            epoch: [0, 0, 0, 1, 17].randomElement(using: &generator) ?? 0,
            release: release,
            pre: pre,
            post: Bool.random(using: &generator) ? nil : Int.random(in: 0...2, using: &generator),
            dev: Int.random(in: 0..<3, using: &generator) == 0
                ? [0, 5, 1 << 40].randomElement(using: &generator) : nil,
            local: local
        )
    }

    @Test(arguments: [false, true])
    func agreesWithAPlainStableSort(descending: Bool) {
        var generator = SeededGenerator(seed: descending ? 0xDE5C : 0xA5C)
        for round in 0..<200 {
            let versions = (0..<Int.random(in: 0...300, using: &generator)).compactMap { _ in
                Self.randomVersion(using: &generator)
            }
            let fast = Version.sortedIndices(versions, descending: descending)
            let reference = Self.referenceOrder(versions, descending: descending)
            #expect(fast == reference, "round \(round): \(versions.count) versions")
            if fast != reference { return }
        }
    }

    /// Versions whose numbers stay below `1 << magnitude`.
    ///
    /// A batch's key width follows the magnitude: from a few bits, across the 64-bit boundary between
    /// the key's parts, to more than a key can hold. About a third carry a local label.
    static func boundedVersion(magnitude: Int, using generator: inout SeededGenerator) -> Version? {
        func number() -> Int { Int.random(in: 0..<(1 << magnitude), using: &generator) }
        let release = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
            Bool.random(using: &generator) ? 0 : number()
        }
        let pre: Version.PreRelease? =
            Int.random(in: 0..<3, using: &generator) == 0
            ? .init(Version.PreRelease.Kind.allCases.randomElement(using: &generator) ?? .alpha, number())
            : nil
        let local: [Version.LocalSegment]? =
            Int.random(in: 0..<3, using: &generator) == 0
            ? [[.text("ubuntu")], [.number(1)], [.number(1), .text("a")], [.text("a"), .number(2)], [.number(10)]]
                .randomElement(using: &generator)
            : nil
        return Version(
            epoch: Int.random(in: 0..<8, using: &generator) == 0 ? Int.random(in: 1...3, using: &generator) : 0,
            release: release,
            pre: pre,
            post: Int.random(in: 0..<4, using: &generator) == 0 ? number() : nil,
            dev: Int.random(in: 0..<4, using: &generator) == 0 ? number() : nil,
            local: local
        )
    }

    @Test(arguments: [false, true])
    func agreesWithAPlainStableSortWhenKeysFit(descending: Bool) {
        var generator = SeededGenerator(seed: descending ? 0xF17 : 0xB175)
        for round in 0..<300 {
            let magnitude = round % 34
            var versions = (0..<Int.random(in: 0...400, using: &generator)).compactMap { _ in
                Self.boundedVersion(magnitude: magnitude, using: &generator)
            }
            // Repeats, so that equal keys (with and without local labels) form runs.
            versions += versions.prefix(Int.random(in: 0...40, using: &generator)).shuffled(using: &generator)
            if round % 5 == 0, let outlier = Version(release: [1, 1 << 33], dev: 1 << 40) { versions.append(outlier) }
            versions.shuffle(using: &generator)
            let fast = Version.sortedIndices(versions, descending: descending)
            let reference = Self.referenceOrder(versions, descending: descending)
            #expect(fast == reference, "round \(round): \(versions.count) versions, magnitude \(magnitude)")
            if fast != reference { return }
        }
    }

    @Test func keepsTheInputOrderOfEqualVersions() throws {
        let versions = try ["1.0", "1", "1.0.0", "0!1.0", "1.0+a", "1.0+A"].map { try Version($0) }
        #expect(Version.sortedIndices(versions) == [0, 1, 2, 3, 4, 5])
        #expect(Version.sortedIndices(versions, descending: true) == [4, 5, 0, 1, 2, 3])
    }

    @Test func sortsACPythonReleaseCycle() throws {
        let written = ["3.10.0", "3.9.0", "3.9.0rc1", "3.9.0a5", "3.9.0b1", "3.9.0.post1", "3.9.0.dev0"]
        let sorted = Version.sorted(try written.map { try Version($0) }).map(\.description)
        #expect(sorted == ["3.9.0.dev0", "3.9.0a5", "3.9.0b1", "3.9.0rc1", "3.9.0", "3.9.0.post1", "3.10.0"])
    }
}
