import Foundation

/// A value computed on a thread of its own while the caller goes on, such as small git commands run
/// beside the log that reads a range.
package final class BackgroundRead<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    /// Starts computing.
    package init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result(catching: work)
            done.signal()
        }
        thread.start()
    }

    /// Waits for the value; rethrows what the work threw.
    package func value() throws -> Value {
        done.wait()
        done.signal()
        guard let result else { preconditionFailure("BackgroundRead finished without a result") }
        return try result.get()
    }
}
