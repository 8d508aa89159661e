// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "newsdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsdesk", targets: ["newsdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.5.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
    ],
    targets: [
        // Pure modules: Foundation only, no I/O.
        .target(name: "Standards", resources: [.copy("Data")]),
        .target(name: "NewsText"),
        // The application, one folder per feature.
        .target(
            name: "Newsdesk",
            dependencies: [
                "Standards", "NewsText",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            resources: [.copy("Data")]
        ),
        .executableTarget(name: "newsdesk", dependencies: ["Newsdesk"]),
        .executableTarget(name: "standards-bench", dependencies: ["Standards"], path: "Sources/standards-bench"),
        .testTarget(name: "StandardsTests", dependencies: ["Standards"]),
        .testTarget(name: "NewsTextTests", dependencies: ["NewsText"], exclude: ["Data"]),
        .testTarget(
            name: "NewsdeskTests",
            dependencies: [
                "Newsdesk",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
