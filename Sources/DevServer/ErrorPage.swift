import Escaping

/// The page shown instead of the site while there has been no good build yet.
enum ErrorPage {
    static func html(problems: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>kerne: build failed</title>
        <style>body{margin:0;padding:2rem;background:#141414;color:#fafafa;font:14px/1.5 ui-monospace,monospace}
        h1{font-size:1.1rem;color:#ff8a80}pre{white-space:pre-wrap}</style></head>
        <body>
        <h1>kerne: the build failed, and there is no good build to show yet</h1>
        <pre>\(HTMLEscaping.commonMark.escaped(problems))</pre>
        <p>This page reloads by itself once the errors are fixed.</p>
        \(LiveReload.script)
        </body>
        </html>

        """
    }
}
