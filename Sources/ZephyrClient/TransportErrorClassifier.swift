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
        case let error as NIOSSLExtraError where error == .failedToValidateHostname:
            return .tls("its certificate is not for this host name")
        case is NIOSSLError, is BoringSSLError, is NIOSSLExtraError:
            // BoringSSL's error stack is a dump of library internals: say what it means instead.
            return .tls(Self.tlsReason(String(describing: error)))
        case is CancellationError:
            return .other("cancelled")
        case is ResponseAccumulator.ResponseTooBigError:
            return .other(AsyncHTTPTransport.tooLargeMessage)
        default:
            return .other(unexpectedFailure)
        }
    }

    /// One phrase for a TLS failure, read from the (never printed) library description.
    static func tlsReason(_ description: String) -> String {
        let text = description.uppercased()
        if text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("UNKNOWN_CA") {
            return "its certificate is not trusted (self-signed, or signed by a CA this machine does not know)"
        }
        if text.contains("WRONG_VERSION_NUMBER") || text.contains("UNSUPPORTED_PROTOCOL")
            || text.contains("PROTOCOL_VERSION")
        {
            return "it does not speak TLS 1.2 or later (or is not a TLS server)"
        }
        if text.contains("CERTIFICATE_EXPIRED") { return "its certificate has expired" }
        return "the TLS handshake failed"
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
