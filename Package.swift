// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Tandem",
    platforms: [.macOS(.v15), .iOS(.v18)],
    products: [
        .library(name: "Tandem", targets: ["Tandem"]),
        .library(name: "TandemSQLite", targets: ["TandemSQLite"]),
        .library(name: "TandemPostgres", targets: ["TandemPostgres"]),
        .library(name: "CreatorModels", targets: ["CreatorModels"]),
        .executable(name: "tandem", targets: ["TandemCLI"]),
        .executable(name: "tandem-bench", targets: ["TandemBench"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        .target(name: "Tandem"),
        .target(name: "TandemSQLite", dependencies: ["Tandem", "CSQLite"]),
        .target(name: "TandemPostgres", dependencies: ["Tandem", "CLibPQ"]),
        .target(name: "CreatorModels", dependencies: ["Tandem"]),
        .executableTarget(
            name: "TandemCLI",
            dependencies: ["Tandem", "TandemSQLite", "TandemPostgres", "CreatorModels"]
        ),
        .target(name: "CBenchBaseline", dependencies: ["CSQLite", "CLibPQ"]),
        .executableTarget(
            name: "TandemBench",
            dependencies: [
                "Tandem", "TandemSQLite", "TandemPostgres", "CreatorModels", "CBenchBaseline",
            ]
        ),
        .testTarget(
            name: "TandemTests",
            dependencies: ["Tandem", "TandemSQLite", "TandemPostgres", "CreatorModels"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
