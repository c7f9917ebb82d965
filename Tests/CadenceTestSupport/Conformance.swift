import Testing

/// Counts the vectors of one fixture file run and passed, records each failure, and prints a summary line.
///
/// Usage: create one per vector file, call ``check(_:_:sourceLocation:)`` per vector, then ``finish()``.
/// The printed line (`conformance packaging/versions_valid.json: 1147/1147 passed`) is how a run
/// reports its counts; `finish()` fails the test unless every vector passed and at least one ran.
public struct Conformance {
    /// The fixture file the vectors come from.
    public let file: String
    /// Vectors run so far.
    public private(set) var run = 0
    /// Vectors passed so far.
    public private(set) var passed = 0
    private var failures: [String] = []

    /// A tally for the vectors of `file`.
    public init(_ file: String) {
        self.file = file
    }

    /// Records one vector: `ok` says whether Cadence agreed with the expected value.
    public mutating func check(_ ok: Bool, _ detail: @autoclosure () -> String) {
        run += 1
        if ok {
            passed += 1
        } else {
            failures.append(detail())
        }
    }

    /// Prints the counts and records an issue listing the first failures.
    public func finish(sourceLocation: SourceLocation = #_sourceLocation) {
        print("conformance \(file): \(passed)/\(run) passed")
        #expect(run > 0, "no vectors ran from \(file)", sourceLocation: sourceLocation)
        if !failures.isEmpty {
            let shown = failures.prefix(25).joined(separator: "\n  ")
            Issue.record(
                "\(file): \(failures.count) of \(run) vectors failed:\n  \(shown)",
                sourceLocation: sourceLocation
            )
        }
    }
}
