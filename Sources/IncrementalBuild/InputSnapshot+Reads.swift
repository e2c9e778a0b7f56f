extension InputSnapshot {
    /// Sets the reads of each output entry from `planned`, both sorted by path (the entries have
    /// the marker too): positions in the snapshot's records of the files it reads whole.
    package func record(reads planned: [PlannedFile], in entries: inout [BuildManifest.OutputEntry]) {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(records.count)
        for (position, record) in records.enumerated() { positions[record.path] = position }
        var next = 0
        for index in entries.indices {
            while next < planned.count, planned[next].path < entries[index].path { next += 1 }
            guard next < planned.count, planned[next].path == entries[index].path else { continue }
            let reads = planned[next].reads
            // A file read whole but missing from the records is one the snapshot could not read:
            // reading everything makes the next rebuild plan this file again.
            let known = reads.compactMap { positions[$0] }
            entries[index].reads = known
            entries[index].readsEverything = known.count != reads.count
            if case .job(let job) = planned[next].source, job.sources.everything { entries[index].readsEverything = true }
        }
    }
}
