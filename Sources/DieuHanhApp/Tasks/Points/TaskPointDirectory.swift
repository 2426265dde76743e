import DieuHanhCore
import Fluent
import Foundation
import SQLKit

/// The units a point's selection is resolved against, read once as plain rows (a national tree has thousands).
struct TaskPointDirectory: Sendable {
    struct Unit: Sendable {
        let id: UUID
        let code: String
        let name: String
        let kind: UnitKind
        let validFrom: CivilDate?
        let validTo: CivilDate?
    }

    /// Why a selection gives no units.
    enum Problem: Error, Equatable {
        case unknownCode(String)
        /// A kind was named but no province holds the assigner, and the tree has several or none.
        case noProvince
        /// No unit of the selection works on the assigned date.
        case noUnits
    }

    let units: [Unit]
    let tree: UnitTree<UUID>
    let byCode: [String: Unit]

    init(units: [Unit], parents: [UUID: UUID?]) {
        self.units = units
        self.tree = UnitTree(parents: parents)
        self.byCode = Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func load(on db: Database) async throws -> TaskPointDirectory {
        let rows = try await (db as! SQLDatabase).select()
            .columns("id", "code", "name", "kind", "parent_id", "valid_from", "valid_to").from(OrgUnit.schema)
            .orderBy("name").all()
        var units: [Unit] = []
        var parents: [UUID: UUID?] = [:]
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            parents[id] = try row.decode(column: "parent_id", as: UUID?.self)
            units.append(
                Unit(
                    id: id, code: try row.decode(column: "code", as: String.self),
                    name: try row.decode(column: "name", as: String.self),
                    kind: UnitKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .other,
                    validFrom: try row.decode(column: "valid_from", as: String?.self).flatMap(CivilDate.parse),
                    validTo: try row.decode(column: "valid_to", as: String?.self).flatMap(CivilDate.parse)))
        }
        units.sort { VietnameseText.areInIncreasingOrder($0.name, $1.name) }
        return TaskPointDirectory(units: units, parents: parents)
    }

    func unit(code: String) -> Unit? { byCode[code] ?? byCode[code.uppercased()] }

    /// The province whose units "all units of a kind" means: the one above the assigner, else the only one.
    func province(above assigner: UUID?) -> UUID? {
        let provinces = Set(units.filter { $0.kind == .province }.map(\.id))
        if let assigner, let above = tree.ancestors(of: assigner).first(where: provinces.contains) { return above }
        return provinces.count == 1 ? provinces.first : nil
    }

    /// The units the point goes to on `assignedOn`, in the selection's order (`LeadUnitSelection.resolve`).
    func resolve(_ selection: LeadUnitSelection, assigner: UUID?, assignedOn: CivilDate) -> Result<[Unit], Problem> {
        var inProvince: Set<UUID> = []
        if selection.choices.contains(where: { if case .kind = $0 { true } else { false } }) {
            guard let province = province(above: assigner) else { return .failure(.noProvince) }
            inProvince = tree.subtree(of: province)
        }
        for case .unit(let code) in selection.choices where unit(code: code) == nil {
            return .failure(.unknownCode(code))
        }
        let named = LeadUnitSelection(
            selection.choices.map {
                if case .unit(let code) = $0, let unit = unit(code: code) { return .unit(unit.code) }
                return $0
            })
        let candidates = units.map {
            LeadUnitSelection.Candidate(
                code: $0.code, kind: $0.kind, validFrom: $0.validFrom, validTo: $0.validTo,
                inProvince: inProvince.contains($0.id))
        }
        let codes = named.resolve(candidates, assignedOn: assignedOn)
        return codes.isEmpty ? .failure(.noUnits) : .success(codes.compactMap { byCode[$0] })
    }
}
