/// The parts of a version that do not fit its inline fields.
///
/// They are a release longer than four numbers or with a number of 2³² or more, an epoch, pre, post or
/// dev number too large to store inline, and the local label. Shared by copies of a version, and
/// absent for almost every version.
final class VersionRareParts: Sendable {
    /// The release numbers, when they do not fit inline.
    let release: [Int]?
    /// The epoch, read when the version's numbers are stored wide.
    let epoch: Int
    /// The pre-release number (`0` without one), read when the numbers are stored wide.
    let preNumber: Int
    /// The post-release number (`-1` without one), read when the numbers are stored wide.
    let postNumber: Int
    /// The development release number (`-1` without one), read when the numbers are stored wide.
    let devNumber: Int
    /// The local label segments.
    let local: [Version.LocalSegment]?

    init(release: [Int]?, epoch: Int, preNumber: Int, postNumber: Int, devNumber: Int, local: [Version.LocalSegment]?) {
        self.release = release
        self.epoch = epoch
        self.preNumber = preNumber
        self.postNumber = postNumber
        self.devNumber = devNumber
        self.local = local
    }
}
