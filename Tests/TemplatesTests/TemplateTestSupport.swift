@testable import Templates

/// Compiles `source` (and the partials) and renders it.
func render(_ source: String, _ context: TemplateValue = [:], partials: [String: String] = [:]) throws -> String {
    var templates = ["main": try Template(source, name: "main")]
    for (name, text) in partials { templates[name] = try Template(text, name: name) }
    return TemplateLibrary(templates).renderText("main", context) ?? "<no template>"
}

/// The errors of a template that must not compile; empty if it compiles.
func errors(_ source: String, name: String = "main") -> [String] {
    do {
        _ = try Template(source, name: name)
        return []
    } catch {
        return error.errors.map(\.description)
    }
}
