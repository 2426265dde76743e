// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "DieuHanh",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dieuhanh", targets: ["dieuhanh"]),
        .executable(name: "dieuhanh-bench", targets: ["dieuhanh-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
    ],
    targets: [
        // Domain values and rules: Foundation only, no Vapor, no Fluent.
        .target(name: "DieuHanhCore"),
        // DOCX/XLSX writers: a small document model in, bytes out. Knows nothing of tasks.
        .target(name: "DieuHanhOffice", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "DieuHanhApp",
            dependencies: [
                "DieuHanhCore",
                "DieuHanhOffice",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(name: "dieuhanh", dependencies: ["DieuHanhApp"]),
        // The benchmark's data generator and in-process measurements: outside the production target, so the
        // `dieuhanh` binary ships none of it. It reaches the app's models and services declared `package`.
        .target(
            name: "DieuHanhBench",
            dependencies: [
                "DieuHanhApp", "DieuHanhCore", .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
            ]
        ),
        // Figures, not tests (BENCHMARKS.md): generates the national dataset and measures against it.
        .executableTarget(
            name: "dieuhanh-bench", dependencies: ["DieuHanhBench", "DieuHanhApp"], path: "Benchmarks",
            exclude: ["peer-redmine", "peer-redmine.py"]),
        .testTarget(name: "DieuHanhCoreTests", dependencies: ["DieuHanhCore"]),
        .testTarget(name: "DieuHanhOfficeTests", dependencies: ["DieuHanhOffice",
                                                                .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "DieuHanhAppTests",
            dependencies: [
                "DieuHanhApp",
                "DieuHanhBench",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
