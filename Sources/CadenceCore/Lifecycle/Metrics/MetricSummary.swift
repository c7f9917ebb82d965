/// The smallest, mean and largest of a metric's samples, with how many there were.
public struct MetricSummary: Hashable, Sendable {
    /// How many samples were measured (at least one).
    public let count: Int
    /// The smallest sample.
    public let minimum: Double
    /// The arithmetic mean of the samples.
    public let mean: Double
    /// The largest sample.
    public let maximum: Double

    /// Summarises samples; `nil` when there are none.
    /// - Parameter samples: The measured values.
    public init?(_ samples: [Double]) {
        guard let first = samples.first else { return nil }
        var minimum = first
        var maximum = first
        var total = 0.0
        for sample in samples {
            minimum = Swift.min(minimum, sample)
            maximum = Swift.max(maximum, sample)
            total += sample
        }
        self.count = samples.count
        self.minimum = minimum
        self.mean = total / Double(samples.count)
        self.maximum = maximum
    }

    /// Summarises whole-number samples, such as counts of series; `nil` when there are none.
    /// - Parameter samples: The measured values.
    public init?(_ samples: [Int]) {
        self.init(samples.map { Double($0) })
    }
}
