// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "attrib",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AttributionKit", targets: ["AttributionKit"]),
        .executable(name: "attrib", targets: ["attrib"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "AttributionKit",
            dependencies: [
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "attrib",
            dependencies: [
                "AttributionKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "AttributionKitTests",
            dependencies: ["AttributionKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
