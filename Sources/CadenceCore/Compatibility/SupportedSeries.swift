/// A series a library should support on a date (``SupportWindow/supportedSeries(on:among:)``), with
/// the reason and the date support may end.
public struct SupportedSeries: Hashable, Sendable {
    /// Why the series is supported.
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        /// Its X.Y.0 was published within the window (this reason wins when both apply).
        case withinWindow = "within-window"
        /// It is older than the window but among the most recent feature releases.
        case keptByMinimum = "kept-by-minimum"
    }

    /// The series, such as `3.9`.
    public var series: SeriesName
    /// The day its X.Y.0 was released.
    public var firstRelease: CalendarDate
    /// Why it is supported on the date asked.
    public var reason: Reason
    /// The first day the window alone no longer supports it: X.Y.0 plus the window's months.
    public var windowEnds: CalendarDate
    /// The X.Y.0 date of the series that many places newer than the minimum count, from which the
    /// minimum no longer keeps this one; `nil` when there is no minimum or that series is not known.
    public var minimumKeepsUntil: CalendarDate?
    /// The first day support may be dropped: the later of ``windowEnds`` and ``minimumKeepsUntil``;
    /// `nil` when the minimum keeps the series until a release the schedule does not know yet.
    public var mayBeDroppedOn: CalendarDate?

    /// Creates an entry.
    /// - Parameters:
    ///   - series: The series.
    ///   - firstRelease: Its X.Y.0 date.
    ///   - reason: Why it is supported.
    ///   - windowEnds: X.Y.0 plus the window's months.
    ///   - minimumKeepsUntil: When the minimum stops keeping it, if known and if there is a minimum.
    ///   - mayBeDroppedOn: When support may end, if known.
    public init(
        series: SeriesName,
        firstRelease: CalendarDate,
        reason: Reason,
        windowEnds: CalendarDate,
        minimumKeepsUntil: CalendarDate?,
        mayBeDroppedOn: CalendarDate?
    ) {
        self.series = series
        self.firstRelease = firstRelease
        self.reason = reason
        self.windowEnds = windowEnds
        self.minimumKeepsUntil = minimumKeepsUntil
        self.mayBeDroppedOn = mayBeDroppedOn
    }
}
