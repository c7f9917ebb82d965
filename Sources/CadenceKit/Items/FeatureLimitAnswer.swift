import CadenceCore

/// `feature-limit`: PEP 598's effective `sys.feature_limit` of a running CPython.
///
/// Encoded as `{"running", "requested", "limit", "clamped"}` (`requested` is `null` when no limit was
/// asked for); for people, the limit.
///
/// ```swift
/// try FeatureLimitAnswer(running: "3.9.3", requested: "3.8.1").text  // "3.9.0"
/// ```
public struct FeatureLimitAnswer: ItemAnswer {
    /// The running version, as written.
    public let running: String
    /// The requested limit, as written, or `nil` for none.
    public let requested: String?
    /// The effective limit.
    public let featureLimit: FeatureLimit

    /// The effective limit of `running` when `requested` is asked for.
    /// - Parameters:
    ///   - running: The running CPython version, X.Y.Z with an optional aN, bN or rcN.
    ///   - requested: The requested limit, X, X.Y or X.Y.Z, or `nil` for none.
    /// - Throws: ``CadenceCore/FeatureLimitError`` naming the version at fault.
    public init(running: String, requested: String? = nil) throws(FeatureLimitError) {
        self.running = running
        self.requested = requested
        self.featureLimit = try FeatureLimit(running: running, requested: requested)
    }

    private enum CodingKeys: String, CodingKey {
        case running, requested, limit, clamped
    }

    /// Writes both versions as written, the limit and whether it was clamped.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(running, forKey: .running)
        try container.encode(requested, forKey: .requested)
        try container.encode(featureLimit.limit.description, forKey: .limit)
        try container.encode(featureLimit.isClamped, forKey: .clamped)
    }

    /// The limit, X.Y.Z.
    public var text: String { featureLimit.limit.description }
}
