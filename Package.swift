// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Kerne",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kerne", targets: ["kerne"]),
        // `kerne serve` runs it: the dev server's libraries stay out of kerne.
        .executable(name: "kerne-serve", targets: ["kerne-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Already in the graph through Hummingbird; named so that the server can end its event streams on Ctrl-C.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // libcmark from Debian (`libcmark-dev`), seen through a shim header.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Small helpers every layer shares, each written once. No dependency.
        // The parallel map and the lock-based memo boxes.
        .target(name: "Concurrency"),
        // The HTML and XML escaper.
        .target(name: "Escaping"),
        // libxxhash from Debian (`libxxhash-dev`): XXH3-128, the digest of the build cache and of asset names.
        .systemLibrary(
            name: "CXXHash",
            pkgConfig: "libxxhash",
            providers: [.apt(["libxxhash-dev"])]
        ),
        // The only module that imports CXXHash: `ContentDigest`, the one hash of the project.
        .target(name: "ContentHash", dependencies: ["CXXHash"]),
        // The one binary format of what kerne caches: little-endian words, framed texts and lists.
        // No dependency.
        .target(name: "BinaryFormat"),
        // Image formats and sizes read from the first bytes of a file. No dependency.
        .target(name: "ImageHeaders"),
        // libvips from Debian (`libvips42`), opened with dlopen on first use and seen only through
        // CVipsShim's fixed-argument calls: not linked, so that kerne starts without its 106 libraries.
        .target(name: "CVipsShim"),
        // Responsive variants and social cards. The only module that imports CVipsShim.
        .target(name: "Images", dependencies: ["ImageHeaders", "CVipsShim", "Escaping", "BinaryFormat"]),
        // The only module that imports CCmark.
        .target(name: "Markdown", dependencies: ["CCmark", "Escaping"]),
        // Plain values: no I/O, no Yams, no cmark.
        .target(name: "SiteModel"),
        // content/ folder -> Site, with diagnostics.
        .target(name: "SiteSource", dependencies: [
            "SiteModel", "Markdown", "Concurrency", "ImageHeaders",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Logic-less Mustache templates compiled once, rendered into byte buffers.
        .target(name: "Templates", dependencies: ["Escaping"]),
        // Site -> [OutputFile], pure functions.
        .target(name: "SiteRender", dependencies: ["SiteModel", "Templates", "Concurrency", "Escaping", "ContentHash"]),
        // The incremental build: digests of inputs and outputs, the manifest, the parse cache, in one binary format.
        .target(name: "IncrementalBuild", dependencies: ["SiteModel", "SiteSource", "SiteRender", "ContentHash", "Concurrency",
                                                        "BinaryFormat"]),
        // The pipeline: load, render, write.
        .target(name: "SiteBuild", dependencies: ["SiteModel", "SiteSource", "SiteRender", "IncrementalBuild", "ContentHash", "Concurrency",
                                                 "Images", "ImageHeaders"]),
        // `kerne serve`: local preview with rebuild on change. Only kerne-serve imports it.
        .target(name: "DevServer", dependencies: [
            "SiteBuild", "SiteSource", "Escaping",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // What both executables share: the site options, the terminal, how reports print.
        .target(name: "KerneCommandLine", dependencies: [
            "SiteBuild", "SiteModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "kerne", dependencies: [
            "SiteBuild", "KerneCommandLine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "kerne-serve", dependencies: [
            "SiteBuild", "DevServer", "KerneCommandLine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // What the test targets share: the seeded generator, the repository's folders, temporary
        // folders, running kerne, reading a folder's files.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ConcurrencyTests", dependencies: ["Concurrency"]),
        .testTarget(name: "EscapingTests", dependencies: ["Escaping"]),
        .testTarget(name: "ImageHeadersTests", dependencies: ["ImageHeaders", "TestSupport"]),
        .testTarget(name: "ImagesTests", dependencies: ["Images", "ImageHeaders", "TestSupport"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "SiteModelTests", dependencies: ["SiteModel", "TestSupport"]),
        .testTarget(name: "SiteSourceTests", dependencies: ["SiteSource", "SiteModel", "ImageHeaders", "TestSupport"]),
        // Spec/: the core files of the official Mustache spec, with their licence.
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "TestSupport"], resources: [.copy("Spec")]),
        .testTarget(name: "SiteRenderTests", dependencies: ["SiteRender", "SiteModel", "SiteSource", "Templates", "TestSupport"]),
        .testTarget(name: "IncrementalBuildTests", dependencies: ["IncrementalBuild", "BinaryFormat", "SiteSource", "SiteModel", "ContentHash",
                                                                 "TestSupport"]),
        .testTarget(name: "SiteBuildTests", dependencies: ["SiteBuild", "IncrementalBuild", "SiteSource", "SiteRender", "SiteModel", "ContentHash", "TestSupport"]),
        // Drives the real `kerne` binary as a subprocess.
        .testTarget(name: "KerneCLITests", dependencies: ["kerne", "TestSupport"]),
        // Also drives `kerne serve`, which runs kerne-serve.
        .testTarget(name: "DevServerTests", dependencies: ["DevServer", "SiteBuild", "kerne", "kerne-serve", "TestSupport"]),
        // libFuzzer targets (`make fuzz`); without -DKERNE_FUZZING they build as corpus replayers.
        .target(name: "FuzzSupport", path: "Fuzz/Sources/FuzzSupport"),
        .executableTarget(name: "fuzz-front-matter", dependencies: ["FuzzSupport", "SiteSource", "SiteModel"],
                          path: "Fuzz/Sources/fuzz-front-matter"),
        .executableTarget(name: "fuzz-markdown", dependencies: ["FuzzSupport", "Markdown"],
                          path: "Fuzz/Sources/fuzz-markdown"),
        .executableTarget(name: "fuzz-date", dependencies: ["FuzzSupport", "SiteModel"], path: "Fuzz/Sources/fuzz-date"),
        .executableTarget(name: "fuzz-icalendar", dependencies: ["FuzzSupport", "SiteRender"],
                          path: "Fuzz/Sources/fuzz-icalendar"),
        // Time and memory of the image layer on one file (see bench/README.md).
        .executableTarget(name: "image-bench", dependencies: ["Images"], path: "bench/Sources/image-bench"),
        .executableTarget(name: "photo-corpus", dependencies: ["Images"], path: "bench/Sources/photo-corpus"),
        .executableTarget(name: "fuzz-slug", dependencies: ["FuzzSupport", "SiteModel"], path: "Fuzz/Sources/fuzz-slug"),
    ]
)
