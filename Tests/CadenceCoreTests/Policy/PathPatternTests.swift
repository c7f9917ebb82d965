import Testing

@testable import CadenceCore

@Suite struct PathPatternTests {
    @Test(arguments: [
        ("Include/", "Include/cpython/pystate.h", true),
        ("Include/", "Include", false),
        ("Include/", "Lib/Include/x.h", false),
        ("Doc/data/*.abi", "Doc/data/python3.9.abi", true),
        ("Doc/data/*.abi", "Doc/data/sub/python3.9.abi", false),
        ("Doc/data/*.abi", "Doc/data/python3.9.abi.txt", false),
        ("Modules/Setup*", "Modules/Setup.stdlib.in", true),
        ("*.rst", "README.rst", true),
        ("*.rst", "Doc/README.rst", false),
        ("configure", "configure", true),
        ("configure", "configure.ac", false),
        ("a*b*c", "aXXbYYc", true),
        ("a*b*c", "aXXbYY", false),
    ])
    func matchesFoldersGlobsAndExactPaths(pattern: String, path: String, matches: Bool) {
        #expect(PathPattern(pattern).matches(path) == matches)
    }
}
