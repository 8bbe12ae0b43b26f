// swift-tools-version: 6.0
import PackageDescription

// The pipeline (docs/architecture.md): FieldSpec (YAML -> desired state) and the backends
// (server -> RemoteState) share only the ZephyrDomain vocabulary; Reconciler plans and applies
// through the FieldBackend protocol and imports no networking module. ZephyrBackends holds one
// folder per server product and the one place that builds clients.
let package = Package(
    name: "zephyr-fields",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "zephyr-fields", targets: ["zephyr-fields"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // Vocabulary and read models shared by every stage: no dependencies.
        .target(name: "ZephyrDomain"),
        // HTTP requests and responses as plain values, and the transport protocol: shared by the
        // client and the simulator, so neither depends on the other.
        .target(name: "ZephyrTransport"),
        .target(
            name: "FieldSpec",
            dependencies: [
                "ZephyrDomain",
                .product(name: "Yams", package: "Yams"),
            ]),
        .target(
            name: "ZephyrClient",
            dependencies: [
                "ZephyrDomain", "ZephyrTransport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        .target(
            name: "ZephyrSimulator",
            dependencies: [
                "ZephyrDomain", "ZephyrTransport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // Planning, rendering and applying: pure except for calls through FieldBackend.
        .target(name: "Reconciler", dependencies: ["ZephyrDomain", "FieldSpec"]),
        .target(
            name: "ZephyrBackends",
            dependencies: [
                "Reconciler", "ZephyrDomain", "ZephyrTransport", "ZephyrClient", "ZephyrSimulator",
            ]),
        .executableTarget(
            name: "zephyr-fields",
            dependencies: [
                "FieldSpec", "Reconciler", "ZephyrBackends", "ZephyrClient", "ZephyrDomain", "ZephyrSimulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The performance harness: run by hand (`swift build -c release`), never by `swift test`.
        .executableTarget(
            name: "zephyr-fields-bench",
            dependencies: [
                "ZephyrSimulator", "ZephyrClient", "ZephyrDomain", "ZephyrTransport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Helpers every test target shares (a lock box, a manual clock).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "FieldSpecTests", dependencies: ["FieldSpec", "ZephyrDomain"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ZephyrClientTests",
            dependencies: [
                "ZephyrClient", "ZephyrSimulator", "ZephyrTransport", "ZephyrDomain", "TestSupport",
                // The TLS contract test serves HTTPS with NIO and NIOSSL directly.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        .testTarget(
            name: "ZephyrSimulatorTests",
            dependencies: [
                "ZephyrSimulator", "ZephyrClient", "ZephyrTransport", "ZephyrDomain", "TestSupport",
            ]),
        .testTarget(
            name: "ReconcilerTests",
            dependencies: [
                "Reconciler", "FieldSpec", "ZephyrBackends", "ZephyrClient", "ZephyrSimulator", "ZephyrTransport",
                "ZephyrDomain", "TestSupport",
            ], resources: [.copy("Golden")]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "ZephyrSimulator", "ZephyrClient", "ZephyrTransport", "ZephyrDomain", "TestSupport",
            ]),
    ]
)
