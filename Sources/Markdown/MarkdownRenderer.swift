import CCmark

/// Parses Markdown with libcmark and renders it. PLACEHOLDER: replaced by the real wrapper.
public enum MarkdownRenderer {
    public static func render(_ source: String, options: MarkdownOptions) -> MarkdownOutput {
        _ = CMARK_OPT_DEFAULT
        return MarkdownOutput(html: "", plainText: source, summaryHTML: "", summaryText: "",
                              links: [], images: [], warnings: [])
    }
}
