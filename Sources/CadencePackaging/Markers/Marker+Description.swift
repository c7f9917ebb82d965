extension Marker.Expression {
    /// `str(Marker)`: upstream `packaging`'s `_format_marker`.
    ///
    /// Terms join with single spaces; a nested group prints in parentheses unless it holds a single
    /// term, and a redundant `((...))` wrapper collapses to one pair. Upstream keeps the parentheses
    /// of a doubly nested group (`a and ((b or c))` prints `a and (b or c)`); 26.2 dropped them and
    /// changed the meaning (see `known_divergences.json`).
    /// - Parameter isOutermost: Whether this is the top level, which prints without parentheses.
    /// - Returns: The canonical text.
    func formatted(isOutermost: Bool = true) -> String {
        if terms.count == 1 {
            switch terms[0] {
            case .comparison(let comparison): return comparison.formatted
            case .group(let inner): return inner.formatted(isOutermost: isOutermost)
            }
        }
        var text = isOutermost ? "" : "("
        for index in terms.indices {
            if index > 0 { text += " " + conjunctions[index - 1].rawValue + " " }
            switch terms[index] {
            case .comparison(let comparison): text += comparison.formatted
            case .group(let inner): text += inner.formatted(isOutermost: false)
            }
        }
        return isOutermost ? text : text + ")"
    }
}
