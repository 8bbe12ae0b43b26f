// swift-tools-version: 6.0
import PackageDescription

// The pipeline: FieldSpec (YAML -> desired state) and ZephyrClient (server -> remote state)
// share only the ZephyrDomain vocabulary; Reconciler joins them into plans and applies them.
let package = Package(
    name: "zephyr-fields",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zephyr-fields", targets: ["zephyr-fields"]),
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
        .target(name: "ZephyrDomain"),
        .target(name: "FieldSpec", dependencies: [
            "ZephyrDomain",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "ZephyrClient", dependencies: [
            "ZephyrDomain",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
        ]),
        .target(name: "ZephyrSimulator", dependencies: [
            "ZephyrDomain",
            "ZephyrClient",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Reconciler", dependencies: [
            "ZephyrDomain", "FieldSpec", "ZephyrClient",
        ]),
        .executableTarget(name: "zephyr-fields", dependencies: [
            "FieldSpec", "ZephyrClient", "ZephyrSimulator", "Reconciler",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The performance harness: run by hand (`swift build -c release`), never by `swift test`.
        .executableTarget(name: "zephyr-fields-bench", dependencies: [
            "ZephyrSimulator", "ZephyrClient", "ZephyrDomain",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "FieldSpecTests", dependencies: ["FieldSpec"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "ZephyrClientTests", dependencies: [
            "ZephyrClient", "ZephyrSimulator",
            // The TLS contract test serves HTTPS with NIO and NIOSSL directly.
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
        ]),
        .testTarget(name: "ZephyrSimulatorTests", dependencies: ["ZephyrSimulator", "ZephyrClient"]),
        .testTarget(name: "ReconcilerTests", dependencies: [
            "Reconciler", "FieldSpec", "ZephyrClient", "ZephyrSimulator",
        ], resources: [.copy("Golden")]),
        .testTarget(name: "EndToEndTests", dependencies: ["ZephyrSimulator", "ZephyrClient"]),
    ]
)
