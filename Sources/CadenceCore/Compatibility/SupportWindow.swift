/// NEP 29's support window, as PEP 598 and PEP 605 discuss it: on a date, a library supports every
/// feature release (series) whose X.Y.0 was published in the last ``months`` months, and at least
/// the ``minimumCount`` most recent feature releases.
///
/// The defaults are the draft NEP 29 of October 2019 that PEP 605 quotes: 42 months, at least 2.
/// Only series released on the date count (``SeriesMilestones/firstRelease`` on or before it), and
/// "most recent" means by X.Y.0 date. A series is within the window while its X.Y.0 plus
/// ``months`` months is after the date: published on 2019-10-14, it is supported through 2023-04-13
/// by the window alone.
///
/// ```swift
/// let supported = SupportWindow.nep29.supportedSeries(on: try CalendarDate("2024-01-01"), among: cpython)
/// supported.map(\.series.description)  // ["3.12", "3.11", "3.10", "3.9"]
/// ```
public struct SupportWindow: Hashable, Sendable {
    /// How many months after its X.Y.0 a series stays supported by the window.
    public let months: Int
    /// How many of the most recent released series are supported whatever their age.
    public let minimumCount: Int

    /// NEP 29's draft rule: 42 months, and at least the 2 most recent feature releases.
    public static let nep29 = SupportWindow(uncheckedMonths: 42, minimumCount: 2)

    /// A window of `months` months with a minimum of `minimumCount` series.
    /// - Parameters:
    ///   - months: The window's length in months, 0 or more (42 for NEP 29).
    ///   - minimumCount: How many most recent series are always supported, 0 or more (2 for NEP 29;
    ///     0 gives "the 42-month rule alone").
    /// - Throws: ``SupportWindowError`` for a negative number, or one beyond ``maximumMonths`` or
    ///   ``maximumCount``.
    public init(months: Int = 42, minimumCount: Int = 2) throws(SupportWindowError) {
        guard months >= 0 else { throw .negative(parameter: "months", value: months) }
        guard minimumCount >= 0 else { throw .negative(parameter: "minimum count", value: minimumCount) }
        guard months <= SupportWindow.maximumMonths else {
            throw .tooLarge(parameter: "months", value: months, limit: SupportWindow.maximumMonths)
        }
        guard minimumCount <= SupportWindow.maximumCount else {
            throw .tooLarge(parameter: "minimum count", value: minimumCount, limit: SupportWindow.maximumCount)
        }
        self.init(uncheckedMonths: months, minimumCount: minimumCount)
    }

    /// The longest window accepted: 100 years.
    public static let maximumMonths = 1200
    /// The largest minimum count accepted.
    public static let maximumCount = 1000

    private init(uncheckedMonths months: Int, minimumCount: Int) {
        self.months = months
        self.minimumCount = minimumCount
    }

    /// The series a library should support on `date`, newest first, each with why and until when.
    ///
    /// - Parameters:
    ///   - date: The day of the question.
    ///   - series: The project's release series, in any order; series not yet released on `date` are
    ///     ignored, but their planned X.Y.0 dates tell when the minimum stops keeping older ones.
    /// - Returns: The supported series, newest X.Y.0 first.
    public func supportedSeries(on date: CalendarDate, among series: [ReleaseSeries]) -> [SupportedSeries] {
        let ordered = SupportWindow.byFirstRelease(series)
        var supported: [SupportedSeries] = []
        for (index, entry) in ordered.enumerated() where entry.firstRelease <= date {
            let windowEnds = entry.firstRelease.adding(months: months)
            let minimumKeepsUntil =
                minimumCount == 0 ? nil : ordered.dropFirst(index + minimumCount).first?.firstRelease
            let isWithinWindow = date < windowEnds
            let isKeptByMinimum = minimumCount > 0 && (minimumKeepsUntil.map { date < $0 } ?? true)
            guard isWithinWindow || isKeptByMinimum else { continue }
            let mayBeDroppedOn: CalendarDate?
            if minimumCount == 0 {
                mayBeDroppedOn = windowEnds
            } else {
                mayBeDroppedOn = minimumKeepsUntil.map { Swift.max($0, windowEnds) }
            }
            supported.append(
                SupportedSeries(
                    series: entry.name,
                    firstRelease: entry.firstRelease,
                    reason: isWithinWindow ? .withinWindow : .keptByMinimum,
                    windowEnds: windowEnds,
                    minimumKeepsUntil: minimumKeepsUntil,
                    mayBeDroppedOn: mayBeDroppedOn
                )
            )
        }
        return supported.reversed()
    }

    /// A series reduced to what the rule looks at.
    private struct Entry {
        var name: SeriesName
        var firstRelease: CalendarDate
    }

    /// The series ordered by X.Y.0 date, then name.
    private static func byFirstRelease(_ series: [ReleaseSeries]) -> [Entry] {
        series.map { Entry(name: $0.name, firstRelease: $0.milestones.firstRelease.day) }
            .sorted { ($0.firstRelease, $0.name) < ($1.firstRelease, $1.name) }
    }
}
