/// What `kerne serve` does, in one line: shown by `kerne --help` (kerne) and `kerne serve --help`
/// (kerne-serve), which are two executables.
package enum ServeSummary {
    package static let abstract = "Preview the site on 127.0.0.1 with live reload; output/ is not touched."
}
