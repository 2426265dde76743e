import DieuHanhCore
import Fluent
import Vapor

/// `dieuhanh import programme FILE.csv` (CONTRACT: programme CSV). Creates or updates items by `ma`, and the
/// year's programme when it is missing; every row is checked first and a bad row stops the import with its line,
/// nothing of the file written.
///
/// The file states facts with their dates (submitted on…, issued on…, withdrawn on…, postponed to … on…). Each
/// becomes an event recorded on its own date, so reports for past dates include it; a fact already present (same
/// kind, date and month) is not added again, so a second import of the same file changes nothing. Events are never
/// deleted by an import. Besides CONTRACT's columns, `loai` (item kind, else guessed from the title) and
/// `van_ban_ban_hanh` (the document an issue produced) are accepted.
enum ProgrammeImport: CSVImport {
    struct Row: Equatable, Sendable {
        let line: Int
        let ma: String
        let title: String
        let lead: String
        let body: ProgrammeBody
        let kind: ProgrammeItemKind
        let plannedMonth: CivilMonth
        let origin: ProgrammeOrigin
        let addedOn: CivilDate?
        let submittedOn: CivilDate?
        let issuedOn: CivilDate?
        let issuedDocument: String
        let withdrawnOn: CivilDate?
        let postponedTo: CivilMonth?
        let postponedOn: CivilDate?

        var facts: ProgrammeItemFacts { ProgrammeItemFacts(origin: origin, addedOn: addedOn, plannedMonth: plannedMonth) }
    }

    static let required = ["ma", "ten", "don_vi_chu_tri", "trinh_cap", "thang_ke_hoach", "nguon"]
    static let optional = [
        "ngay_bo_sung", "ngay_trinh", "ngay_ban_hanh", "ngay_rut", "thang_chuyen_den", "ngay_chuyen", "loai",
        "van_ban_ban_hanh",
    ]

    /// One row, each cell through its field's rule, as the item form and the step forms check it: months inside
    /// the window, facts (added, submitted, issued, withdrawn, postponed) not dated after `today`.
    static func read(_ cells: CSVFields, today: CivilDate, reading: inout ImportKeys) throws -> Row {
        let fail = cells.fail
        let text = cells.text
        let month = cells.month
        let ma = try cells.required("ma", FieldRules.externalID)
        try reading.claim(ma, line: cells.line) { first in fail("ma “\(ma)” đã có ở dòng \(first)") }
        let title = try cells.required("ten", FieldRules.programmeTitle).collapsingSpaces
        let bodyText = try text("trinh_cap")
        guard let body = ProgrammeBody(rawValue: bodyText.uppercased()) else {
            throw fail(
                "trinh_cap “\(bodyText)” không hợp lệ; dùng một trong: "
                    + ProgrammeBody.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let planned = try month("thang_ke_hoach")!
        let originText = try text("nguon")
        guard let origin = ProgrammeOrigin(rawValue: originText.lowercased()) else {
            throw fail("nguon “\(originText)” không hợp lệ; dùng dau_nam hoặc bo_sung")
        }
        var kind = ProgrammeItemKind.guess(from: title)
        if let kindText = cells.optional("loai"), !kindText.isEmpty {
            guard let parsed = ProgrammeItemKind(rawValue: kindText.lowercased()) else {
                throw fail(
                    "loai “\(kindText)” không hợp lệ; dùng một trong: "
                        + ProgrammeItemKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            kind = parsed
        }
        let addedOn = try cells.fact("ngay_bo_sung", today: today)
        switch origin {
        case .added:
            guard let addedOn else { throw fail("nguon bo_sung cần ngay_bo_sung") }
            if planned < CivilMonth(addedOn) { throw fail("thang_ke_hoach trước tháng của ngay_bo_sung") }
        case .startOfYear:
            if addedOn != nil { throw fail("ngay_bo_sung chỉ dùng với nguon bo_sung") }
        }
        let exists = ProgrammeItemFacts(origin: origin, addedOn: addedOn, plannedMonth: planned).existsFrom
        let existsText = origin == .added ? "ngay_bo_sung" : "ngày 01/01/\(planned.year)"
        let submitted = try cells.fact("ngay_trinh", today: today)
        if let submitted, submitted < exists {
            throw fail("ngay_trinh trước \(existsText): nội dung chưa có trong chương trình")
        }
        let issued = try cells.fact("ngay_ban_hanh", today: today)
        if let issued {
            guard let submitted else { throw fail("có ngay_ban_hanh thì phải có ngay_trinh") }
            if issued < submitted { throw fail("ngay_ban_hanh trước ngay_trinh") }
        }
        let withdrawn = try cells.fact("ngay_rut", today: today)
        if let withdrawn {
            if withdrawn < exists { throw fail("ngay_rut trước \(existsText)") }
            if issued != nil { throw fail("nội dung đã ban hành không thể rút (ngay_rut cùng ngay_ban_hanh)") }
        }
        let postponedTo = try month("thang_chuyen_den")
        let postponedOn = try cells.fact("ngay_chuyen", today: today)
        if (postponedTo == nil) != (postponedOn == nil) { throw fail("thang_chuyen_den và ngay_chuyen phải đi cùng nhau") }
        if let postponedTo {
            if postponedTo <= planned { throw fail("thang_chuyen_den phải sau thang_ke_hoach") }
            if postponedTo.year > planned.year + 1 { throw fail("thang_chuyen_den chỉ đến hết năm \(planned.year + 1)") }
        }
        if let postponedOn, postponedOn < exists { throw fail("ngay_chuyen trước \(existsText)") }
        return Row(
            line: cells.line, ma: ma, title: title, lead: try text("don_vi_chu_tri"), body: body, kind: kind,
            plannedMonth: planned, origin: origin, addedOn: addedOn, submittedOn: submitted, issuedOn: issued,
            issuedDocument: try cells.optional("van_ban_ban_hanh", FieldRules.issuedDocument) ?? "",
            withdrawnOn: withdrawn,
            postponedTo: postponedTo, postponedOn: postponedOn)
    }

    static func write(_ rows: [Row], actor: AuditActor, now: Date, on db: Database) async throws -> ImportSummary {
        let units = Dictionary(try await OrgUnit.query(on: db).all().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        for row in rows where units[row.lead] == nil {
            throw CSVError(line: row.line, message: "không có đơn vị mã “\(row.lead)”")
        }
        var existing: [String: ProgrammeItem] = [:]
        let codes = rows.map(\.ma)
        for start in stride(from: 0, to: codes.count, by: 500) {
            let chunk = Array(codes[start..<min(start + 500, codes.count)])
            for item in try await ProgrammeItem.query(on: db).filter(\.$ma ~~ chunk).all() { existing[item.ma!] = item }
        }
        let events = try await ProgrammeQuery.events(for: existing.values.compactMap(\.id), on: db)
        var programmes: [Int: Programme] = [:]
        var summary = ImportSummary()
        for row in rows {
            if programmes[row.plannedMonth.year] == nil {
                programmes[row.plannedMonth.year] = try await ProgrammeService.programme(
                    year: row.plannedMonth.year, actor: actor,
                    now: now, on: db)
            }
            let item = existing[row.ma] ?? ProgrammeItem()
            let isNew = item.id == nil
            let before = isNew ? nil : item.snapshot
            item.ma = row.ma
            item.programmeID = programmes[row.plannedMonth.year]!.id!
            item.year = row.plannedMonth.year
            item.setTitle(row.title)
            item.kind = row.kind.rawValue
            item.leadUnitID = units[row.lead]!.id!
            item.body = row.body.rawValue
            item.plannedMonth = row.plannedMonth.iso
            item.origin = row.origin.rawValue
            item.addedOn = row.addedOn?.iso
            if isNew {
                item.leaderID = nil
                item.note = ""
                item.version = 1
                try await item.create(on: db)
            } else if item.snapshot != before {
                item.version += 1
                try await item.update(on: db)
            }
            let added = try await addMissingEvents(row, item: item, known: events[item.id!] ?? [], actor: actor, on: db)
            if isNew {
                summary.created += 1
                try await AuditLog.record(
                    on: db, actor: actor, at: now, action: "create", entity: "programme_item", entityID: item.id,
                    summary: "\(row.ma) (import)", before: ProgrammeItem.Snapshot?.none, after: item.snapshot)
            } else if item.snapshot != before || added > 0 {
                summary.updated += 1
                try await AuditLog.record(
                    on: db, actor: actor, at: now, action: "update", entity: "programme_item", entityID: item.id,
                    summary: "\(row.ma) (import)", before: before, after: item.snapshot)
            } else {
                summary.unchanged += 1
            }
        }
        return summary
    }

    /// Adds the row's facts the item does not have yet; returns how many were added.
    private static func addMissingEvents(
        _ row: Row, item: ProgrammeItem, known: [ProgrammeEventRecord], actor: AuditActor,
        on db: Database
    ) async throws -> Int {
        var wanted: [(ProgrammeEvent.Kind, CivilDate, CivilMonth?, String)] = []
        if let on = row.postponedOn, let month = row.postponedTo { wanted.append((.postponementApproved, on, month, "")) }
        if let on = row.submittedOn { wanted.append((.submitted, on, nil, "")) }
        if let on = row.issuedOn { wanted.append((.issued, on, nil, row.issuedDocument)) }
        if let on = row.withdrawnOn { wanted.append((.withdrawalApproved, on, nil, "")) }
        var added = 0
        for (kind, date, month, document) in wanted {
            if known.contains(where: { $0.kind == kind.rawValue && $0.effectiveOn == date.iso && $0.newMonth == month?.iso }) {
                continue
            }
            let event = ProgrammeEventRecord()
            event.itemID = item.id!
            event.kind = kind.rawValue
            event.recordedOn = date.iso
            event.effectiveOn = date.iso
            event.newMonth = month?.iso
            event.document = document
            event.note = "Nhập từ tệp CSV"
            event.actorID = actor.id
            event.actorName = actor.name
            try await event.create(on: db)
            added += 1
        }
        return added
    }
}
