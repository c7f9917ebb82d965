/// Where a marker is being evaluated, which decides the defaults of `extra`, `extras` and `dependency_groups`.
///
/// This is `packaging`'s `EvaluateContext`.
public enum MarkerContext: String, Sendable, Hashable, CaseIterable {
    /// Core metadata (`Requires-Dist`): `extra` is `""` unless the environment gives one.
    case metadata
    /// A lock file (PEP 751): `extras` and `dependency_groups` are empty sets unless given.
    case lockFile = "lock_file"
    /// Anywhere else: nothing beyond what the environment gives.
    case requirement
}
