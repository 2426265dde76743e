import Foundation

/// A closed unit's successor takes over its open tasks (DOMAIN §1); following successors must end at an open unit.
/// Two units that are each other's successor (or any longer loop) would send those tasks round for ever.
public enum SuccessorChain {
    /// The first loop reached from any of `starts` (in their order), as the keys along it with the first repeated at
    /// the end (`A → B → A`); nil when every chain ends. `successors` maps a unit to its successor.
    public static func cycle<Key: Hashable>(in successors: [Key: Key], from starts: [Key]) -> [Key]? {
        var finished: Set<Key> = []  // chains known to end
        for start in starts where !finished.contains(start) {
            var path: [Key] = []
            var onPath: [Key: Int] = [:]
            var current: Key? = start
            while let key = current, !finished.contains(key) {
                if let index = onPath[key] { return Array(path[index...]) + [key] }
                onPath[key] = path.count
                path.append(key)
                current = successors[key]
            }
            finished.formUnion(path)
        }
        return nil
    }
}
