/// One entry of a theme's strings file (`strings/fr.yml`): a text, a list (month names), or the
/// forms of a word by count (`one`, `other`).
public enum InterfaceText: Hashable, Sendable {
    case text(String)
    case list([String])
    case plural([String: String])
}
