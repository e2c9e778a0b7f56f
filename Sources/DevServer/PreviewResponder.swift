import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers every request of the preview: the event stream at its reserved path, otherwise a
/// file of the last good site (or the error page while there is none).
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let lookup: SiteFileLookup
    let hub: ReloadHub
    /// The segments the site is served under (`["sous-dossier"]`), as its links say.
    var basePath: [String] = []

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text("method not allowed\n", status: .methodNotAllowed, extra: [.allow: "GET, HEAD"])
        }
        let rawPath = request.head.path ?? "/"
        if rawPath.prefix(while: { $0 != "?" }) == LiveReload.eventsPath {
            return await eventStream(for: request)
        }
        guard case .segments(var segments, let directory) = RequestPath(rawPath: rawPath) else {
            return Self.text("bad request path\n", status: .badRequest)
        }
        let prefix = basePath.map { "/" + SiteFileLookup.percentEncoded($0) }.joined()
        if !basePath.isEmpty {
            // Under its base path only: `/` and the base path without its slash lead there.
            let inside = segments.starts(with: basePath)
            if segments.isEmpty || (inside && segments.count == basePath.count && !directory) {
                let location = prefix + "/"
                return Self.text("see \(location)\n", status: .found, extra: [.location: location])
            }
            guard inside else { return request.method == .head ? Self.withoutBody(notFound()) : notFound() }
            segments.removeFirst(basePath.count)
        }
        let response: Response
        switch lookup.find(segments, directory: directory) {
        case .file(let url):
            response = Self.file(url, status: .ok)
        case .redirect(let location):
            response = Self.text("see \(prefix + location)\n", status: .found, extra: [.location: prefix + location])
        case .notFound:
            response = notFound()
        case .noSite:
            response = await noSite(segments: segments, directory: directory)
        }
        return request.method == .head ? Self.withoutBody(response) : response
    }

    private func notFound() -> Response {
        guard let page = lookup.notFoundPage() else { return Self.text("not found\n", status: .notFound) }
        return Self.file(page, status: .notFound)
    }

    /// No good build yet: pages get the diagnostics, other files a plain status.
    private func noSite(segments: [String], directory: Bool) async -> Response {
        let isPage = directory || segments.isEmpty || segments.last.map { !$0.contains(".") || $0.hasSuffix(".html") } == true
        guard let problems = await hub.problems else {
            return Self.text("the site is not built yet\n", status: .serviceUnavailable)
        }
        guard isPage else { return Self.text("the build failed\n", status: .internalServerError) }
        return Self.bytes(Array(ErrorPage.html(problems: problems).utf8), type: MIMEType.forPath("error.html"),
                          status: .internalServerError)
    }

    private func eventStream(for request: Request) async -> Response {
        let stream = await hub.subscribe()
        var headers = Self.commonHeaders
        headers[.contentType] = "text/event-stream; charset=utf-8"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            do {
                // Ends when the page goes away (inbound closed) or the server shuts down.
                try await request.body.consumeWithCancellationOnInboundClose { _ in
                    try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                    for await event in stream.cancelOnGracefulShutdown() {
                        try await writer.write(ByteBuffer(string: event.framed))
                    }
                }
            } catch is CancellationError {}
            try await writer.finish(nil)
        })
    }

    static let commonHeaders: HTTPFields = [.cacheControl: "no-store"]

    static func file(_ url: URL, status: HTTPResponse.Status) -> Response {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return text("not found\n", status: .notFound)
        }
        return bytes(Array(data), type: MIMEType.forPath(url.lastPathComponent), status: status)
    }

    static func text(_ text: String, status: HTTPResponse.Status, extra: HTTPFields = [:]) -> Response {
        var response = bytes(Array(text.utf8), type: MIMEType.forPath("message.txt"), status: status)
        response.headers.append(contentsOf: extra)
        return response
    }

    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status) -> Response {
        var headers = commonHeaders
        headers[.contentType] = type
        headers[.contentLength] = String(bytes.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func withoutBody(_ response: Response) -> Response {
        Response(status: response.status, headers: response.headers, body: ResponseBody())
    }
}
