import Foundation
import Testing

/// `kerne serve` is kerne-serve, found next to kerne (through links) and given every argument;
/// without it, a clear error. Other commands stay kerne's.
@Suite(.timeLimit(.minutes(2))) struct ServeHandOverTests {
    struct Ran {
        let status: Int32
        let output: String
        let error: String
    }

    static func run(_ binary: URL, _ arguments: [String]) throws -> Ran {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = ServeProcessTests.packageRoot
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Help texts are short: both pipes are read whole once the process is gone.
        process.waitUntilExit()
        return Ran(status: process.terminationStatus,
                   output: String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
                   error: String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    static func kerne() throws -> URL {
        try #require(ServeProcessTests.kerneBinary(), "build the kerne product first")
    }

    @Test(arguments: [["serve", "--help"], ["help", "serve"]])
    func helpIsKerneServes(_ arguments: [String]) throws {
        let ran = try Self.run(Self.kerne(), arguments)
        #expect(ran.status == 0)
        #expect(ran.output.contains("USAGE: kerne serve [--content <content>]"))
        #expect(ran.output.contains("--port <port>"))
    }

    @Test func argumentsReachKerneServe() throws {
        let ran = try Self.run(Self.kerne(), ["serve", "--port", "0"])
        #expect(ran.status == 64)
        #expect(ran.error.contains("--port takes 1 to 65535; got 0"))
    }

    @Test func otherCommandsStayKernes() throws {
        let listing = try Self.run(Self.kerne(), ["--help"])
        #expect(listing.status == 0)
        #expect(listing.output.contains("serve                   Preview the site on 127.0.0.1"))
        let build = try Self.run(Self.kerne(), ["build", "--help"])
        #expect(build.status == 0)
        #expect(build.output.contains("USAGE: kerne build"))
        #expect(!build.output.contains("--port"))
    }

    @Test func foundThroughALinkToKerne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let link = folder.url.appendingPathComponent("kerne")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: Self.kerne())
        let ran = try Self.run(link, ["serve", "--help"])
        #expect(ran.status == 0)
        #expect(ran.output.contains("USAGE: kerne serve"))
    }

    @Test func aClearErrorWithoutKerneServe() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let alone = folder.url.appendingPathComponent("kerne")
        try FileManager.default.copyItem(at: Self.kerne(), to: alone)
        let ran = try Self.run(alone, ["serve"])
        #expect(ran.status == 1)
        let expected = "kerne: error: 'kerne serve' runs \(folder.url.resolvingSymlinksInPath().path)/kerne-serve: "
            + "No such file or directory; 'make kerne' builds it next to kerne\n"
        #expect(ran.error == expected)
    }
}
