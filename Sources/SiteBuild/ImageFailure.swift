/// Why `ImagePublisher` could not make an image: the file (as diagnostics print it) and the reason.
struct ImageFailure: Error {
    let path: String
    let reason: String

    var message: String { "\(path): error: \(reason)" }
}
