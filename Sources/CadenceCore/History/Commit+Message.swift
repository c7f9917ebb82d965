extension Commit {
    /// The message read for CPython's conventions (backport branch, issues, pull requests, trailers,
    /// reverts, bookkeeping, ABI marker); parsed on each access, so keep it when you read it often.
    public var message: CommitMessage { CommitMessage(subject: subject, body: body) }
}
