import DieuHanhCore
import Fluent
import Vapor

/// Every unit as plain rows with the tree's indexes: what `UnitDirectory` answers by queries, answered from memory.
/// Kept by `SharedCache` (a national tree, about 5.000 units, is well under a megabyte) and read again when the
/// units' counter moves.
struct UnitCatalogue: Sendable {
    let byID: [UUID: UnitOption]
    let byCode: [String: UUID]
    let children: [UUID: [UUID]]
    let roots: [UnitOption]
    var count: Int { byID.count }

    init(_ units: [UnitOption]) {
        byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        byCode = Dictionary(units.map { ($0.code, $0.id) }, uniquingKeysWith: { a, _ in a })
        var children: [UUID: [UUID]] = [:]
        for unit in units { if let parent = unit.parentID { children[parent, default: []].append(unit.id) } }
        self.children = children
        roots = units.filter { $0.parentID == nil }
    }

    static func load(on db: Database) async throws -> UnitCatalogue { UnitCatalogue(try await UnitOption.all(on: db)) }

    /// The unit with this id, or else this code.
    func unit(idOrCode text: String) -> UnitOption? {
        if let id = UUID(uuidString: text), let unit = byID[id] { return unit }
        return byCode[text].flatMap { byID[$0] }
    }

    /// A unit and everything below it (`UnitDirectory.subtree`); the root is included even when unknown, as there.
    func subtree(of root: UUID) -> Set<UUID> {
        var found: Set<UUID> = [root]
        var stack = [root]
        while let id = stack.popLast() {
            for child in children[id] ?? [] where found.insert(child).inserted { stack.append(child) }
        }
        return found
    }

    /// The unit with this id or code and every unit above it.
    func withAncestors(idOrCode text: String) -> [UnitOption] {
        var chain: [UnitOption] = []
        var seen: Set<UUID> = []
        var next = unit(idOrCode: text)
        while let unit = next, seen.insert(unit.id).inserted {
            chain.append(unit)
            next = unit.parentID.flatMap { byID[$0] }
        }
        return chain
    }

    func names(of ids: some Collection<UUID>) -> [UUID: String] {
        var names: [UUID: String] = [:]
        for id in ids { if let unit = byID[id] { names[id] = unit.name } }
        return names
    }

    func codes(of ids: some Collection<UUID>) -> [UUID: String] {
        var codes: [UUID: String] = [:]
        for id in ids { if let unit = byID[id] { codes[id] = unit.code } }
        return codes
    }
}
