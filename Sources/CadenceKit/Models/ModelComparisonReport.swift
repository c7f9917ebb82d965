import CadenceCore
import Foundation

/// The answer of ``ModelComparisonQuery``.
///
/// Encoded as `{"from", "to", "models": [{"model", "feature_latency_months", "series_maintained",
/// "series_supported", "bugfix_wait_days", "security_wait_days", "undelivered_changes",
/// "unreleased_bugfixes", "unreleased_security_fixes"}]}`, each summary `{"min", "mean", "max",
/// "samples"}` with two decimals, or `null`.
public struct ModelComparisonReport: Encodable, Sendable {
    /// One line of the comparison.
    public struct Row: Sendable {
        /// The model's name.
        public var label: String
        /// Its numbers.
        public var metrics: ScheduleMetrics
        /// Whether the schedule has security-only releases to wait for (PEP 598 and PEP 605 say "as
        /// needed" and plan none).
        public var plansSecurityReleases: Bool
    }

    /// First year of the window.
    public let from: Int
    /// Last year of the window.
    public let to: Int
    /// The models, then the real data.
    public let rows: [Row]
    /// The last series the real data plans, with its end of life.
    public let lastSeries: (name: SeriesName, endOfLife: ReleaseDate)?

    private enum CodingKeys: String, CodingKey {
        case from, to, models
    }

    private enum RowKeys: String, CodingKey {
        case model
        case featureLatencyMonths = "feature_latency_months", seriesMaintained = "series_maintained"
        case seriesSupported = "series_supported", bugfixWaitDays = "bugfix_wait_days"
        case securityWaitDays = "security_wait_days", undeliveredChanges = "undelivered_changes"
        case unreleasedBugfixes = "unreleased_bugfixes", unreleasedSecurityFixes = "unreleased_security_fixes"
    }

    /// A summary as JSON: its numbers as text with two decimals.
    private struct Summary: Encodable {
        var summary: MetricSummary

        enum CodingKeys: String, CodingKey {
            case min, mean, max, samples
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(String(format: "%.2f", summary.minimum), forKey: .min)
            try container.encode(String(format: "%.2f", summary.mean), forKey: .mean)
            try container.encode(String(format: "%.2f", summary.maximum), forKey: .max)
            try container.encode(summary.count, forKey: .samples)
        }
    }

    /// Writes the window and one object per row.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        var models = container.nestedUnkeyedContainer(forKey: .models)
        for row in rows {
            let metrics = row.metrics
            var object = models.nestedContainer(keyedBy: RowKeys.self)
            try object.encode(row.label, forKey: .model)
            try object.encode(metrics.featureDeliveryMonths.map(Summary.init), forKey: .featureLatencyMonths)
            try object.encode(metrics.seriesMaintained.map(Summary.init), forKey: .seriesMaintained)
            try object.encode(metrics.seriesSupported.map(Summary.init), forKey: .seriesSupported)
            try object.encode(metrics.bugfixWaitDays.map(Summary.init), forKey: .bugfixWaitDays)
            let security = row.plansSecurityReleases ? metrics.securityWaitDays.map(Summary.init) : nil
            try object.encode(security, forKey: .securityWaitDays)
            try object.encode(metrics.undeliveredChanges, forKey: .undeliveredChanges)
            try object.encode(metrics.unreleasedBugfixes, forKey: .unreleasedBugfixes)
            try object.encode(metrics.unreleasedSecurityFixes, forKey: .unreleasedSecurityFixes)
        }
    }
}
