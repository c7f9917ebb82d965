extension ReleaseKind {
    /// The kind as exports name it for people: ``summary``, except that X.Y.0 reads `final release`,
    /// so that `Python 3.9.0 (final release)` reads naturally in a calendar or a table.
    var exportName: String {
        self == .final ? "final release" : summary
    }
}
