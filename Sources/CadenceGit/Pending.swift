import Foundation

/// A value computed on a thread of its own while the caller goes on, such as the `git rev-parse` that
/// checks a range while its log is already being read.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    /// Starts `work` now.
    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let outcome = Result { try work() }
            lock.lock()
            result = outcome
            lock.unlock()
            done.signal()
        }
        thread.stackSize = 1 << 19
        thread.start()
    }

    /// The value, waiting for it if it is not there yet.
    /// - Throws: What the work threw.
    func value() throws -> Value {
        lock.lock()
        if let result {
            lock.unlock()
            return try result.get()
        }
        lock.unlock()
        done.wait()
        done.signal()  // for the next caller
        return try value()
    }
}
