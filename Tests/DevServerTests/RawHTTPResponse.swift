import Foundation

/// One response read with `RawHTTPConnection`: `Connection: close`, read to the end.
struct RawHTTPResponse: Sendable {
    var status: Int
    /// Lowercased names.
    var headers: [String: String]
    var body: String

    static func fetch(port: Int, path: String, method: String = "GET", seconds: Double = 10) async throws -> RawHTTPResponse {
        let raw = try await Deadline.onThread { () -> Result<String, any Error> in
            Result {
                let connection = try RawHTTPConnection(port: port)
                connection.send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
                return connection.read(seconds: seconds)
            }
        }.get()
        guard let parsed = parse(raw) else {
            throw RawHTTPConnection.Failure(description: "no HTTP response for \(path): \(raw.debugDescription)")
        }
        return parsed
    }

    static func parse(_ raw: String) -> RawHTTPResponse? {
        guard let split = raw.range(of: "\r\n\r\n") else { return nil }
        let lines = raw[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = lines.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RawHTTPResponse(status: status, headers: headers, body: String(raw[split.upperBound...]))
    }
}
