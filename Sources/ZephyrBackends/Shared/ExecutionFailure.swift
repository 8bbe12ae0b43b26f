import Foundation

/// Why an operation could not be completed (beyond the server's own errors), in one sentence.
package struct ExecutionFailure: Error, LocalizedError, Equatable {
    package let message: String
    package var errorDescription: String? { message }

    package init(message: String) {
        self.message = message
    }
}
