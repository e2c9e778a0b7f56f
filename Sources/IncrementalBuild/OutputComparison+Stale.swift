extension OutputComparison {
    /// The files of `planned` an update in place renders again: new ones, those whose key changed
    /// and those someone touched (`touched`). Pages not rendered again were checked against the
    /// last site; that holds only if every file the last site had is still there, so when a file
    /// went away, all of them.
    package func stale(in planned: [PlannedFile], touched: Set<String>) -> [PlannedFile] {
        var isStale = [Bool](repeating: !removed.isEmpty, count: planned.count)
        for position in changedKeys { isStale[position] = true }
        if !touched.isEmpty {
            for (position, file) in planned.enumerated() where touched.contains(file.path) { isStale[position] = true }
        }
        return planned.indices.filter { isStale[$0] }.map { planned[$0] }
    }
}
