import NIOCore
import NIOPosix
import NIOSSL

/// A hostile HTTP server on 127.0.0.1: once a request's head has arrived it writes a fixed
/// script of byte chunks, each after its delay, then closes. Optional TLS.
///
/// Raw bytes rather than an HTTP pipeline, so a test can send what no well-behaved server
/// would: a body trickled a byte at a time, a body far larger than announced. Every script is
/// finite, so the server always stops by itself.
struct ScriptedServer {
    struct Chunk: Sendable {
        var bytes: [UInt8]
        var delay: TimeAmount
    }

    let channel: any Channel
    var port: Int { channel.localAddress?.port ?? 0 }

    static func start(tls: NIOSSLContext? = nil, script: [Chunk]) async throws -> ScriptedServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try channel.pipeline.syncOperations.addHandler(ScriptHandler(script: script))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return ScriptedServer(channel: channel)
    }

    func stop() async {
        try? await channel.close()
    }

    /// A response head announcing `contentLength` bytes of JSON.
    static func head(status: String = "200 OK", contentLength: Int, extra: String = "") -> Chunk {
        Chunk(
            bytes: Array(
                "HTTP/1.1 \(status)\r\nContent-Type: application/json\r\nContent-Length: \(contentLength)\r\n\(extra)\r\n"
                    .utf8), delay: .zero)
    }
}

private final class ScriptHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let script: [ScriptedServer.Chunk]
    private var received: [UInt8] = []
    private var started = false

    init(script: [ScriptedServer.Chunk]) {
        self.script = script
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        received += buffer.readBytes(length: buffer.readableBytes) ?? []
        guard !started, received.count >= 4, Array(received.suffix(4)) == Array("\r\n\r\n".utf8) else { return }
        started = true
        play(from: 0, context: context)
    }

    private func play(from index: Int, context: ChannelHandlerContext) {
        guard index < script.count else {
            context.close(promise: nil)
            return
        }
        let chunk = script[index]
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.eventLoop.scheduleTask(in: chunk.delay) {
            let (handler, context) = loopBound.value
            guard context.channel.isActive else { return }
            context.writeAndFlush(handler.wrapOutboundOut(ByteBuffer(bytes: chunk.bytes)), promise: nil)
            handler.play(from: index + 1, context: context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
