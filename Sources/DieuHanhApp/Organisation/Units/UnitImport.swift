import DieuHanhCore
import Fluent
import Vapor

/// What an import did, row by row.
package struct ImportSummary: Equatable, Sendable {
    var created = 0
    var updated = 0
    var unchanged = 0
}

/// `dieuhanh import units FILE.csv` (CONTRACT: units CSV). Creates or updates by `code`; importing the same file
/// twice changes nothing. Every row is checked before anything is written; any bad row stops the import and
/// nothing of the file is written.
package enum UnitImport: CSVImport {
    package struct Row {
        let line: Int
        package let code: String
        let name: String
        package let kind: UnitKind
        package let parentCode: String?
        let validFrom: CivilDate?
        let validTo: CivilDate?
        let successorCode: String?

        package init(
            line: Int, code: String, name: String, kind: UnitKind, parentCode: String?, validFrom: CivilDate?,
            validTo: CivilDate?, successorCode: String?
        ) {
            (self.line, self.code, self.name, self.kind, self.parentCode) = (line, code, name, kind, parentCode)
            (self.validFrom, self.validTo, self.successorCode) = (validFrom, validTo, successorCode)
        }
    }

    static let required = ["code", "name", "kind"]
    static let optional = ["parent_code", "valid_from", "valid_to", "successor_code"]

    /// One row on its own (references are checked against the database in `write`), each cell through its
    /// field's rule, as the unit form checks it.
    static func read(_ cells: CSVFields, today: CivilDate, reading: inout ImportKeys) throws -> Row {
        let fail = cells.fail
        let date = cells.date
        guard let code = try cells.optional("code", FieldRules.unitCode) else { throw fail("thiếu mã đơn vị (code)") }
        try reading.claim(code, line: cells.line) { first in fail("mã đơn vị “\(code)” đã có ở dòng \(first)") }
        guard let name = try cells.optional("name", FieldRules.unitName)?.collapsingSpaces, !name.isEmpty else {
            throw fail("thiếu tên đơn vị (name)")
        }
        let kindText = cells.optional("kind") ?? ""
        guard let kind = UnitKind(rawValue: kindText) else {
            throw fail(
                "loại đơn vị “\(kindText)” không hợp lệ; dùng một trong: "
                    + UnitKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let validFrom = try date("valid_from")
        let validTo = try date("valid_to")
        if let validFrom, let validTo, validTo < validFrom {
            throw fail("valid_to trước valid_from")
        }
        let parentCode = try cells.optional("parent_code", FieldRules.unitCode)
        if parentCode == code { throw fail("đơn vị không thể là cấp trên của chính nó") }
        let successorCode = try cells.optional("successor_code", FieldRules.unitCode)
        if successorCode == code { throw fail("đơn vị không thể kế thừa chính nó") }
        if successorCode != nil, validTo == nil { throw fail("successor_code cần có valid_to (ngày đóng đơn vị)") }
        return Row(
            line: cells.line, code: code, name: name, kind: kind, parentCode: parentCode,
            validFrom: validFrom, validTo: validTo, successorCode: successorCode)
    }

    package static func write(_ rows: [Row], actor: AuditActor, now: Date, on db: Database) async throws -> ImportSummary {
        let existing = try await OrgUnit.query(on: db).all()
        var byCode = Dictionary(uniqueKeysWithValues: existing.map { ($0.code, $0) })
        // Check references and cycles on the tree as it will be after the import.
        var parentCodeOf = Dictionary(
            uniqueKeysWithValues: existing.map { unit in
                (unit.code, unit.parentID.flatMap { id in existing.first { $0.id == id }?.code })
            })
        for row in rows { parentCodeOf[row.code] = row.parentCode }
        let tree = UnitTree(parents: parentCodeOf)
        for row in rows {
            if let parent = row.parentCode, parentCodeOf.index(forKey: parent) == nil {
                throw CSVError(line: row.line, message: "không có đơn vị cấp trên mã “\(parent)” (trong tệp hoặc trong hệ thống)")
            }
            if let successor = row.successorCode, parentCodeOf.index(forKey: successor) == nil {
                throw CSVError(line: row.line, message: "không có đơn vị kế thừa mã “\(successor)”")
            }
            if let parent = row.parentCode, tree.subtree(of: row.code).contains(parent) {
                throw CSVError(line: row.line, message: "cây đơn vị bị vòng: “\(row.code)” nằm dưới chính nó")
            }
        }
        // Successors as they will be after the import: a loop (A → B → A, of any length) is refused on the first
        // row that takes part in it.
        let codeByID = Dictionary(existing.map { ($0.id!, $0.code) }, uniquingKeysWith: { a, _ in a })
        var successorOf: [String: String] = [:]
        for unit in existing { successorOf[unit.code] = unit.successorID.flatMap { codeByID[$0] } }
        for row in rows { successorOf[row.code] = row.successorCode }
        if let loop = SuccessorChain.cycle(in: successorOf, from: rows.map(\.code)),
            let row = rows.first(where: { loop.contains($0.code) && $0.successorCode != nil })
        {
            throw FieldRuleViolation(line: row.line, column: "successor_code", problem: .successorCycle(codes: loop)).csvError
        }

        var summary = ImportSummary()
        var before: [String: OrgUnit.Snapshot] = [:]
        var created: Set<String> = []
        for row in rows {
            if let unit = byCode[row.code] {
                before[row.code] = unit.snapshot
            } else {
                let unit = OrgUnit(code: row.code, name: row.name, kind: row.kind, parentID: nil)
                try await unit.create(on: db)
                byCode[row.code] = unit
                created.insert(row.code)
            }
        }
        for row in rows {
            let unit = byCode[row.code]!
            unit.setName(row.name)
            unit.kind = row.kind.rawValue
            unit.parentID = row.parentCode.flatMap { byCode[$0]?.id }
            unit.validFrom = row.validFrom?.iso
            unit.validTo = row.validTo?.iso
            unit.successorID = row.successorCode.flatMap { byCode[$0]?.id }
            if created.contains(row.code) {
                try await unit.update(on: db)
                summary.created += 1
                try await AuditLog.record(
                    on: db, actor: actor, at: now, action: "create", entity: "unit", entityID: unit.id,
                    summary: "\(unit.code) — \(unit.name) (import)",
                    before: OrgUnit.Snapshot?.none, after: unit.snapshot)
            } else if unit.snapshot != before[row.code] {
                unit.version += 1
                try await unit.update(on: db)
                summary.updated += 1
                try await AuditLog.record(
                    on: db, actor: actor, at: now, action: "update", entity: "unit", entityID: unit.id,
                    summary: "\(unit.code) — \(unit.name) (import)",
                    before: before[row.code], after: unit.snapshot)
            } else {
                summary.unchanged += 1
            }
        }
        return summary
    }
}
