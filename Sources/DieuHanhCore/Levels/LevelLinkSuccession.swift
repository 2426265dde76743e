/// How a unit merger on one side keeps the links between two deployments (issue 20, DOMAIN §1 and §12): the links
/// stay on the unit that was matched, and both directions follow the successor chain instead of being copied, so an
/// administrator matches a unit once and a merger needs nothing more.
///
/// - Sending: a task for the successor goes to the peer its predecessor was matched with, under the predecessor's
///   code (the one the peer knows).
/// - Receiving: a code the peer knows stands for the matched unit or, once it is closed, the unit carrying on its work.
public enum LevelLinkSuccession {
    /// The unit that speaks for `unit` towards a peer: `unit` itself when it holds a link, else its nearest
    /// predecessor that does (predecessors are the units whose successor is `unit`, then theirs, breadth first, so
    /// a unit merged twice still finds the link). Nil when none holds one. `successors` maps a closed unit to its
    /// successor; a loop (which closing refuses anyway) is walked once.
    public static func linkedUnit<Key: Hashable>(
        for unit: Key, successors: [Key: Key], isLinked: (Key) -> Bool
    ) -> Key? {
        var predecessors: [Key: [Key]] = [:]
        for (closed, successor) in successors { predecessors[successor, default: []].append(closed) }
        var seen: Set<Key> = [unit]
        var level = [unit]
        while !level.isEmpty {
            // Several predecessors at the same distance: the first in a stable order, so the choice does not depend
            // on how a dictionary happened to be laid out.
            if let found = level.filter(isLinked).min(by: { "\($0)" < "\($1)" }) { return found }
            level = level.flatMap { predecessors[$0] ?? [] }.filter { seen.insert($0).inserted }
        }
        return nil
    }

    /// The unit that carries on `unit`'s work: `unit` while it is open, else the first open unit along its successors.
    /// Nil when the chain ends at a closed unit without successor (the unit was dissolved), or loops.
    public static func carrier<Key: Hashable>(of unit: Key, successors: [Key: Key], isOpen: (Key) -> Bool) -> Key? {
        var seen: Set<Key> = []
        var current: Key? = unit
        while let key = current, seen.insert(key).inserted {
            if isOpen(key) { return key }
            current = successors[key]
        }
        return nil
    }
}
