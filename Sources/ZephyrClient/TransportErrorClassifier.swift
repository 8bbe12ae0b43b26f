import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import ZephyrTransport

/// Sorts AsyncHTTPClient, NIO and TLS errors into `TransportError`'s few cases.
///
/// Library errors are never turned into text with `String(describing:)`: some carry the request's
/// header values (AsyncHTTPClient's invalid-header errors hold the whole `Authorization` value),
/// so only fixed sentences chosen here reach messages and `--verbose`.
enum TransportErrorClassifier {
    /// What an error this classifier does not know becomes: the library's text could hold a secret.
    static let unexpectedFailure = "the HTTP library failed unexpectedly"
    static func classify(_ error: any Error, host: String) -> TransportError {
        switch error {
        case let error as TransportError:
            return error
        case let error as HTTPClientError:
            return classify(error)
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return .dnsFailure(host: host)
            }
            return .connectionRefused
        case let error as ChannelError:
            switch error {
            case .connectTimeout: return .connectionRefused
            case .ioOnClosedChannel, .eof, .alreadyClosed, .outputClosed, .inputClosed: return .connectionClosed
            default: return .other("the connection failed")
            }
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED: return .connectionRefused
            case ECONNRESET, EPIPE: return .connectionClosed
            default: return .other("the connection failed with a system error")
            }
        case let error as HTTPParserError where error == .invalidEOFState || error == .closedConnection:
            // The connection closed after the head but before the promised body ended: the
            // server got the request, so it may have taken effect, as with any other drop.
            return .connectionClosed
        case let error as NIOSSLError where error == .uncleanShutdown:
            // The peer closed the TLS connection mid-response: same as a dropped connection.
            return .connectionClosed
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError:
            return .tls(String(describing: error))
        case is CancellationError:
            return .other("cancelled")
        case is NIOTooManyBytesError:
            return .other(AsyncHTTPTransport.tooLargeMessage)
        default:
            return .other(unexpectedFailure)
        }
    }

    private static func classify(_ error: HTTPClientError) -> TransportError {
        switch error {
        case .readTimeout, .writeTimeout, .deadlineExceeded, .getConnectionFromPoolTimeout:
            return .timeout
        case .connectTimeout:
            return .connectionRefused
        case .remoteConnectionClosed:
            return .connectionClosed
        case .tlsHandshakeTimeout:
            return .tls("the TLS handshake timed out")
        case .cancelled:
            return .other("cancelled")
        default:
            let headerErrors = [HTTPClientError.invalidHeaderFieldValues([]), .invalidHeaderFieldNames([])]
            if headerErrors.contains(where: { $0.shortDescription == error.shortDescription }) {
                return .other("a request header holds a character HTTP does not allow (a line break in a credential?)")
            }
            // `shortDescription` is documented to hold no associated values, unlike `description`.
            return .other("the HTTP library failed: \(error.shortDescription.lowercased())")
        }
    }
}
