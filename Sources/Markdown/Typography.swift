/// Language-aware typography for plain text (titles, front matter values).
public enum Typography {
    /// PLACEHOLDER: replaced by the real implementation.
    public static func apply(to text: String, language: String) -> String { text }
}
