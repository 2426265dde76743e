import Foundation

/// The hash chain of the audit log: each entry's hash covers its own fields and the previous entry's hash.
enum AuditChain {
    static let genesisHash = String(repeating: "0", count: 64)

    struct Fields: Sendable, Equatable {
        var seq: Int
        var recordedAt: String
        var actorID: UUID?
        var actorName: String
        var action: String
        var entity: String
        var entityID: String?
        var summary: String
        var beforeJSON: String?
        var afterJSON: String?
        var prevHash: String
    }

    /// SHA-256 (hex) of the fields as a JSON array: arrays keep their order, so the text is canonical.
    static func hash(_ f: Fields) -> String {
        let parts: [String?] = [
            String(f.seq), f.recordedAt, f.actorID?.uuidString, f.actorName, f.action, f.entity,
            f.entityID, f.summary, f.beforeJSON, f.afterJSON, f.prevHash,
        ]
        let data = (try? JSONEncoder().encode(parts)) ?? Data()
        return sha256Hex(data)
    }

    static func fields(of entry: AuditEntry) -> Fields {
        Fields(
            seq: entry.seq, recordedAt: entry.recordedAt, actorID: entry.actorID, actorName: entry.actorName,
            action: entry.action, entity: entry.entity, entityID: entry.entityID, summary: entry.summary,
            beforeJSON: entry.beforeJSON, afterJSON: entry.afterJSON, prevHash: entry.prevHash)
    }

    /// Walks entries in `seq` order and reports every break: an edited entry (its hash no longer matches),
    /// a deleted one (a gap, or a previous hash that does not match), a missing tail (the head is ahead).
    struct Verifier {
        private(set) var checked = 0
        private(set) var problems: [String] = []
        private var expectedSeq = 1
        private var previousHash = AuditChain.genesisHash

        mutating func check(_ entry: AuditEntry) {
            checked += 1
            if entry.seq != expectedSeq {
                problems.append("entry \(expectedSeq)…\(entry.seq - 1) missing before entry \(entry.seq)")
            } else if entry.prevHash != previousHash {
                problems.append("entry \(entry.seq): previous hash does not match entry \(entry.seq - 1)")
            }
            if AuditChain.hash(AuditChain.fields(of: entry)) != entry.hash {
                problems.append("entry \(entry.seq): content was changed after it was written")
            }
            expectedSeq = entry.seq + 1
            previousHash = entry.hash
        }

        mutating func finish(headSeq: Int, headHash: String) {
            if headSeq != expectedSeq - 1 {
                problems.append("the log ends at entry \(expectedSeq - 1) but \(headSeq) were written")
            } else if headHash != previousHash {
                problems.append("the last entry's hash does not match the log head")
            }
        }
    }
}
