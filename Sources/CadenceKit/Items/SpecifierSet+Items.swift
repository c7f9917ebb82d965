import CadencePackaging

extension SpecifierSet {
    /// Whether an item must parse as a version to be checked: only `===` matches arbitrary strings.
    var requiresVersions: Bool {
        !specifiers.contains { $0.operator == .arbitrary }
    }
}
