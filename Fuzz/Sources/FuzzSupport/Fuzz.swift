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
    /// given) goes through `check` once. Returns the exit status.
    public static func replay(_ arguments: some Sequence<String>, _ check: ([UInt8]) -> Void) -> Int32 {
        var count = 0
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                FileHandle.standardError.write(Data("no such file: \(argument)\n".utf8))
                return 2
            }
            let paths = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []).sorted().map { argument + "/" + $0 }
                : [argument]
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                check([UInt8](data))
                count += 1
            }
        }
        print("replayed \(count) input\(count == 1 ? "" : "s") without a failure (build with `make fuzz` to fuzz)")
        return 0
    }
}
