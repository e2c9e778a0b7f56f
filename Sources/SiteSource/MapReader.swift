import SiteModel

/// Reads the keys of one YAML map, reporting missing keys, unknown keys and values of the wrong type.
struct MapReader {
    let log: DiagnosticLog
    /// Where « missing required key » points: the map itself, or the opening `---` of a front matter.
    let position: TextPosition
    private let entries: [String: YAMLEntry]
    private let keyOrder: [YAMLEntry]

    /// `node` nil is an empty map. Anything but a map is an error (reported) and gives nil.
    init?(_ node: YAMLNode?, at position: TextPosition, log: DiagnosticLog, expecting what: String) {
        self.log = log
        self.position = position
        guard let node else {
            entries = [:]
            keyOrder = []
            return
        }
        guard case let .mapping(pairs) = node.value else {
            log.error(at: node.position, "expected \(what) (keys and values), found \(node.kindDescription)")
            return nil
        }
        var entries: [String: YAMLEntry] = [:]
        var keyOrder: [YAMLEntry] = []
        for pair in pairs {
            guard let key = pair.key.scalar else {
                log.error(at: pair.key.position, "expected a plain name as key, found \(pair.key.kindDescription)")
                continue
            }
            entries[key] = pair
            keyOrder.append(pair)
        }
        self.entries = entries
        self.keyOrder = keyOrder
    }

    /// All keys, in the order written.
    var keys: [(name: String, entry: YAMLEntry)] {
        keyOrder.compactMap { entry in entry.key.scalar.map { ($0, entry) } }
    }

    /// Warns about every key not in `known`, suggesting the closest known one.
    func warnAboutUnknownKeys(known: [String]) {
        let knownSet = Set(known)
        for (name, entry) in keys where !knownSet.contains(name) {
            log.warning(at: entry.key.position, "unknown key '\(name)'", hint: Suggestion.hint(for: name, among: known))
        }
    }

    /// The value of `key`, or nil when it is absent or null (`key:` with nothing after it).
    func node(_ key: String) -> YAMLNode? {
        guard let entry = entries[key], !entry.value.isNull else { return nil }
        return entry.value
    }

    /// Like `node`, but reports an error when the key is absent or has no value.
    func requiredNode(_ key: String) -> YAMLNode? {
        guard let entry = entries[key] else {
            log.error(at: position, "missing required key '\(key)'")
            return nil
        }
        guard !entry.value.isNull else {
            log.error(at: entry.value.position, "missing value for '\(key)'")
            return nil
        }
        return entry.value
    }

    /// Where `key` is written, for a diagnostic about the key itself.
    func keyPosition(_ key: String) -> TextPosition? {
        entries[key]?.key.position
    }

    private func lookup(_ key: String, required: Bool) -> YAMLNode? {
        required ? requiredNode(key) : node(key)
    }

    func text(_ key: String, required: Bool = false, nonEmpty: Bool = false) -> String? {
        lookup(key, required: required).flatMap {
            ValueReader.text($0, key: key, nonEmpty: nonEmpty || required, log: log)
        }
    }

    func integer(_ key: String, minimum: Int? = nil, maximum: Int? = nil, required: Bool = false) -> Int? {
        lookup(key, required: required).flatMap { ValueReader.integer($0, key: key, minimum: minimum, maximum: maximum, log: log) }
    }

    func siteAddress(_ key: String, required: Bool = false) -> String? {
        lookup(key, required: required).flatMap { ValueReader.siteAddress($0, key: key, log: log) }
    }

    func date(_ key: String, required: Bool = false) -> EventDate? {
        lookup(key, required: required).flatMap { ValueReader.date($0, key: key, log: log) }
    }

    func bool(_ key: String) -> Bool? {
        node(key).flatMap { ValueReader.bool($0, key: key, log: log) }
    }

    func httpURL(_ key: String, required: Bool = false) -> String? {
        lookup(key, required: required).flatMap { ValueReader.httpURL($0, key: key, log: log) }
    }

    func textList(_ key: String) -> [(text: String, position: TextPosition)]? {
        node(key).flatMap { ValueReader.textList($0, key: key, log: log) }
    }

    func list(_ key: String) -> [YAMLNode]? {
        node(key).flatMap { ValueReader.list($0, key: key, log: log) }
    }

    /// The maps listed under `key` (`photos:`, `speakers:`), each read by `read` once its unknown
    /// keys are warned about. An item that is not a map is reported, as `what` expected, and left out.
    func maps<Item>(_ key: String, expecting what: String, known: [String], _ read: (MapReader) -> Item?) -> [Item] {
        guard let items = list(key) else { return [] }
        return items.compactMap { node in
            guard let fields = MapReader(node, at: node.position, log: log, expecting: what) else { return nil }
            fields.warnAboutUnknownKeys(known: known)
            return read(fields)
        }
    }
}
