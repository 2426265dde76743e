import DieuHanhCore
import Foundation

/// The rows of the unit list: the tree in depth-first order (children in Vietnamese alphabetical order), or,
/// when searching, the matching units with the path above them.
struct UnitTreeRow {
    let unit: OrgUnit
    let depth: Int
    /// Names of the units above, root first (shown when searching).
    let path: [String]
    let closed: Bool
}

enum UnitTreeRows {
    static func build(
        units: [OrgUnit], scope: AccessScope, query: String, showClosed: Bool,
        today: CivilDate
    ) -> [UnitTreeRow] {
        var children: [UUID?: [OrgUnit]] = [:]
        for unit in units {
            // A unit whose parent the user cannot see is shown as a root of what they can see.
            let parent = unit.parentID.flatMap { scope.allows($0) ? $0 : nil }
            children[parent, default: []].append(unit)
        }
        var rows: [UnitTreeRow] = []
        func visit(_ parent: UUID?, depth: Int, path: [String]) {
            // `units` is already in Vietnamese order, so each child list is too.
            for unit in children[parent] ?? [] {
                let closed = unit.isClosed(on: today)
                if closed && !showClosed && query.isEmpty { continue }
                if scope.allows(unit.id) {
                    rows.append(UnitTreeRow(unit: unit, depth: depth, path: path, closed: closed))
                }
                visit(unit.id, depth: depth + 1, path: path + [unit.name])
            }
        }
        visit(nil, depth: 0, path: [])
        guard !query.isEmpty else { return rows }
        return rows.filter {
            VietnameseText.matches($0.unit.name + " " + $0.unit.code, query: query)
                && (showClosed || !$0.closed)
        }
    }
}
