import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// A minimal HTTPS server on 127.0.0.1 that answers every request with one Jira project.
///
/// Plain NIO with NIOSSL: the simulator's Hummingbird server has no TLS without the
/// HummingbirdTLS product, which the package does not depend on.
struct TLSProjectServer {
    static let body = #"[{"id":"10000","key":"WEB","name":"Web Shop"}]"#

    let channel: any Channel
    var port: Int { channel.localAddress?.port ?? 0 }

    static func start(certificates: TestCertificates) async throws -> TLSProjectServer {
        let chain = try NIOSSLCertificate.fromPEMFile(certificates.certificatePath).map {
            NIOSSLCertificateSource.certificate($0)
        }
        let key = try NIOSSLPrivateKey(file: certificates.keyPath, format: .pem)
        let context = try NIOSSLContext(
            configuration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(ProjectsHandler())
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return TLSProjectServer(channel: channel)
    }

    func stop() async {
        try? await channel.close()
    }
}

/// Answers each complete request with `TLSProjectServer.body`.
private final class ProjectsHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .end = unwrapInboundIn(data) else { return }
        let body = ByteBuffer(string: TLSProjectServer.body)
        var headers = HTTPHeaders([("Content-Type", "application/json")])
        headers.add(name: "Content-Length", value: String(body.readableBytes))
        context.write(
            wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A client refusing the certificate ends the handshake; nothing to answer.
        context.close(promise: nil)
    }
}
