import Foundation

/// What the fuzz targets share. A property that does not hold is a crash, which libFuzzer reports
/// with the input that caused it.
public enum Fuzz {
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String,
                               file: StaticString = #fileID, line: UInt = #line) {
        if !condition { fatalError(message(), file: file, line: line) }
    }

    /// Text as the tools read it: invalid UTF-8 replaced, as `String(decoding:)` does.
    public static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// How a target runs in a normal build: every file given (or every file of every folder
    /// given) goes through `check` once. Returns the exit status: 2, having replayed nothing,
    /// when a folder or a file cannot be read or when there is nothing to replay.
    public static func replay(_ arguments: some Sequence<String>, _ check: ([UInt8]) -> Void) -> Int32 {
        func fail(_ message: String) -> Int32 {
            FileHandle.standardError.write(Data("\(message)\n".utf8))
            return 2
        }
        var inputs: [[UInt8]] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                return fail("no such file: \(argument)")
            }
            var paths = [argument]
            if isDirectory.boolValue {
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: argument) else {
                    return fail("cannot read the folder \(argument)")
                }
                paths = names.sorted().map { argument + "/" + $0 }
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { return fail("cannot read \(path)") }
                inputs.append([UInt8](data))
            }
        }
        guard !inputs.isEmpty else { return fail("nothing to replay: give a corpus folder or files") }
        for input in inputs { check(input) }
        let count = inputs.count
        print("replayed \(count) input\(count == 1 ? "" : "s") without a failure (build with `make fuzz` to fuzz)")
        return 0
    }
}
