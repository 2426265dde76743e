/// The unit tree as plain values: who is whose parent. Rules about the shape of the tree live here.
public struct UnitTree<ID: Hashable & Sendable>: Sendable {
    private let parentOf: [ID: ID]
    private let childrenOf: [ID: [ID]]

    /// `parents` maps every unit to its parent (`nil` for a root).
    public init(parents: [ID: ID?]) {
        var parentOf: [ID: ID] = [:]
        var childrenOf: [ID: [ID]] = [:]
        for (child, parent) in parents {
            if let parent {
                parentOf[child] = parent
                childrenOf[parent, default: []].append(child)
            }
        }
        self.parentOf = parentOf
        self.childrenOf = childrenOf
    }

    public func parent(of id: ID) -> ID? { parentOf[id] }

    public func children(of id: ID) -> [ID] { childrenOf[id] ?? [] }

    /// The unit and every unit below it. Guards against a cycle in stored data rather than looping forever.
    public func subtree(of root: ID) -> Set<ID> {
        var seen: Set<ID> = [root]
        var stack = [root]
        while let next = stack.popLast() {
            for child in childrenOf[next] ?? [] where !seen.contains(child) {
                seen.insert(child)
                stack.append(child)
            }
        }
        return seen
    }

    /// The chain from the unit up to its root, the unit first.
    public func ancestors(of id: ID) -> [ID] {
        var chain = [id]
        var seen: Set<ID> = [id]
        var current = id
        while let parent = parentOf[current], !seen.contains(parent) {
            chain.append(parent)
            seen.insert(parent)
            current = parent
        }
        return chain
    }

    /// Moving `unit` under `newParent` would make a unit its own ancestor.
    public func wouldCreateCycle(moving unit: ID, under newParent: ID?) -> Bool {
        guard let newParent else { return false }
        return subtree(of: unit).contains(newParent)
    }

    /// Depth below the root (a root is 0).
    public func depth(of id: ID) -> Int { ancestors(of: id).count - 1 }
}
