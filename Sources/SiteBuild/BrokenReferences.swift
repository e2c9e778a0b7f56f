/// The links and images of one rendered page that lead nowhere (usually none).
struct BrokenReferences: Sendable {
    /// `/editions/4/index.html`
    let pagePath: String
    let references: [HTMLReferences.Reference]
}
