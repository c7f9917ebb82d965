import CadenceCore

extension GitRepository {
    /// One reading of a range: the log's records as they arrive, each commit built and annotated as
    /// soon as it is whole, and the `git cat-file --batch` that reads the texts some commits need,
    /// started at the first such commit and fed while the log is still being read.
    final class RangeReading<Annotation> {
        /// A commit built, with the sentences for what its clone lacked, and its annotation.
        struct Built {
            var commit: Commit
            var missing: [String]
            var annotation: Annotation
        }

        let repository: GitRepository
        let range: String
        /// The range's check, waited for at the first record (the shallow edge is needed from there on).
        let visibility: () throws -> Visibility
        let annotate: (Commit) throws -> Annotation
        let progress: (HistoryProgress) -> Void
        /// How many records the log has given.
        private(set) var count = 0
        /// Sentences for commits at the edge of a shallow clone.
        private(set) var shallowNotes: [String] = []
        private var built: [Built?] = []
        /// The records that wait for texts, by position in the log, with the blobs they need; a record
        /// is let go as soon as its commit is built.
        private var waitingRecords: [Int: (record: LogRecord, names: [String])] = [:]
        /// The positions of the records that wait for texts, in the order they were asked for; those
        /// before `firstWaiting` are built.
        private var waiting: [Int] = []
        private var firstWaiting = 0
        private var objects: ObjectReader?

        init(
            repository: GitRepository,
            range: String,
            visibility: @escaping () throws -> Visibility,
            annotate: @escaping (Commit) throws -> Annotation,
            progress: @escaping (HistoryProgress) -> Void
        ) {
            self.repository = repository
            self.range = range
            self.visibility = visibility
            self.annotate = annotate
            self.progress = progress
        }

        /// Takes one record from the log: builds its commit now if it needs no texts, otherwise asks for
        /// them; then builds the waiting commits whose texts have come.
        func take(_ record: LogRecord) throws {
            var record = record
            if try visibility().shallowBoundary.contains(record.sha) {
                record.hiddenByShallowBoundary()
                shallowNotes.append(
                    "commit \(record.sha.prefix(10)) is at the edge of this shallow clone: its parents are not in "
                        + "the repository, so the files it changed could not be seen and commits before it in "
                        + "'\(range)' may be missing (run 'git fetch --unshallow' to see them)"
                )
            }
            let names = record.objectsToRead(paths: repository.paths)
            if names.isEmpty {
                built.append(try build(record, texts: [:]))
            } else {
                if objects == nil { objects = try repository.objectReader() }
                objects?.request(names)
                built.append(nil)
                waiting.append(count)
                waitingRecords[count] = (record, names)
            }
            count += 1
            try buildArrived()
            if count % 1000 == 0 { progress(.listedCommits(count)) }
        }

        /// Ends the texts' reading.
        /// - Returns: Every text read.
        /// - Throws: ``GitError`` when `git cat-file` failed.
        func finishTexts() throws -> [String: String] {
            defer { objects = nil }
            return try objects?.finish() ?? [:]
        }

        /// Ends `git cat-file` after a failed log, when its texts are no longer wanted.
        func abandon() {
            _ = try? finishTexts()
        }

        /// Builds the commits still waiting, with `texts`, and returns every commit in the log's order.
        func commits(texts: [String: String]) throws -> [Built] {
            for index in waiting[firstWaiting...] {
                guard let entry = waitingRecords.removeValue(forKey: index) else { continue }
                built[index] = try build(entry.record, texts: texts)
            }
            firstWaiting = waiting.count
            return built.compactMap { $0 }
        }

        /// Builds the waiting commits, in order, as long as git has answered for their texts.
        private func buildArrived() throws {
            while firstWaiting < waiting.count, let objects {
                let index = waiting[firstWaiting]
                guard let entry = waitingRecords[index], let texts = objects.texts(for: entry.names) else { return }
                waitingRecords[index] = nil
                built[index] = try build(entry.record, texts: texts)
                firstWaiting += 1
            }
        }

        private func build(_ record: LogRecord, texts: [String: String]) throws -> Built {
            let (commit, missing) = record.commit(texts: texts, paths: repository.paths)
            return Built(commit: commit, missing: missing, annotation: try annotate(commit))
        }
    }
}
