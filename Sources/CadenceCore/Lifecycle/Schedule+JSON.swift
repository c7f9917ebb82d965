import Foundation

extension Schedule {
    /// The seeds' names of the models whose command-line names differ.
    static let goldenModelNames = ["incremental": "incremental-feature-releases", "rolling": "rolling-pre-freeze"]

    /// The schedule as a JSON object in the vocabulary of `golden/` (the seeds' tables as data).
    ///
    /// ```json
    /// {
    ///   "active_branches" : [
    ///     { "branches" : [ "3.9.0 pre-alpha", "3.8.0 pre-release", "3.7.x maintenance" ],
    ///       "from" : "2019-04", "to" : "2019-10" }
    ///   ],
    ///   "model" : "incremental-feature-releases",
    ///   "releases" : [
    ///     { "kind" : "alpha", "month" : "2019-11", "series" : "3.9", "version" : "3.9.0a1" }
    ///   ],
    ///   "series" : {
    ///     "3.9" : [ { "kind" : "alpha", "month" : "2019-11", "version" : "3.9.0a1" } ]
    ///   },
    ///   "variant" : "baseline"
    /// }
    /// ```
    ///
    /// - `model`: the model as the seeds' tables name it (`incremental-feature-releases`,
    ///   `rolling-pre-freeze`; `annual` and `cpython` as they are); `variant`: ``variant``, left out
    ///   when there is none.
    /// - `series`: each series' releases in date order, keyed by the series' name.
    /// - `releases`: every release in ``releases`` order (by date, ties in series order), each with
    ///   its `series`.
    /// - a release: `month` (`YYYY-MM`), `version` (the label, placeholders such as `3.9.0bX` included),
    ///   `kind` (a ``ReleaseKind`` raw value), `note` when there is one, `day` (`YYYY-MM-DD`) when the
    ///   release's date is a full day rather than only a month, and `state` only for a release that
    ///   has shipped (`actual`; plans are the default).
    /// - `active_branches`: the periods `[from, to)` (`YYYY-MM`) with their `branches`, newest first.
    public var jsonObject: [String: Any] {
        var object: [String: Any] = [
            "model": Schedule.goldenModelNames[model] ?? model,
            "series": Dictionary(
                series.map {
                    ($0.name.description, $0.releases.map { Schedule.jsonObject(for: $0, withSeries: false) })
                },
                uniquingKeysWith: { first, second in first + second }
            ),
            "releases": releases.map { Schedule.jsonObject(for: $0, withSeries: true) },
            "active_branches": activeBranches.map { period -> [String: Any] in
                ["from": period.from.description, "to": period.to.description, "branches": period.branches]
            },
        ]
        if let variant { object["variant"] = variant }
        return object
    }

    /// The schedule as pretty-printed JSON with sorted keys (see ``jsonObject``): the same schedule
    /// always gives the same bytes.
    /// - Returns: UTF-8 JSON text ending with a newline.
    /// - Throws: Foundation's error if the object cannot be serialised, which the shape above rules out.
    public func jsonData() throws -> Data {
        var data = try JSONSerialization.data(
            withJSONObject: jsonObject,
            options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        )
        data.append(0x0A)
        return data
    }

    /// One release as a JSON object, with its series when `withSeries`.
    private static func jsonObject(for release: Release, withSeries: Bool) -> [String: Any] {
        var object: [String: Any] = [
            "month": release.date.month.description,
            "version": release.label,
            "kind": release.kind.rawValue,
        ]
        if withSeries { object["series"] = release.series.description }
        if let note = release.note { object["note"] = note }
        if !release.date.isMonthOnly { object["day"] = release.date.day.description }
        if release.state == .actual { object["state"] = release.state.rawValue }
        return object
    }
}
