import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// `dieuhanh import tasks FILE.csv` (CONTRACT: tasks CSV). Creates or updates by `ma`; creates missing documents;
/// every row is checked first and a bad row stops the import with its line, nothing of the file written.
///
/// The file states facts with their dates (extension approved on…, completed on…, cancelled on…). Each fact
/// becomes an event recorded on its own date, so reports for past dates include it; a fact already present
/// (same kind and date) is not added again, which makes a second import of the same file change nothing.
/// Events are never deleted by an import.
enum TaskImport: CSVImport {
    struct Row: Equatable {
        let line: Int
        let ma: String
        let notation: DocumentNumber
        let documentDate: CivilDate
        let summary: String?
        let assigner: String
        let content: String
        let lead: String
        let coordinators: [String]
        let assignedOn: CivilDate
        let deadline: CivilDate?
        let extendedDeadline: CivilDate?
        let extensionApprovedOn: CivilDate?
        let completedOn: CivilDate?
        let cancelledOn: CivilDate?
        /// `trong_tam` and `uu_tien` (optional columns): nil when the cell is empty, which leaves the marking as it is.
        var focal: Bool? = nil
        var priority: TaskPriority? = nil
    }

    static let required = ["ma", "so_ky_hieu", "ngay_van_ban", "co_quan_giao", "noi_dung", "don_vi_chu_tri"]
    static let optional = [
        "trich_yeu", "don_vi_phoi_hop", "ngay_giao", "han_xu_ly", "han_gia_han", "ngay_duyet_gia_han",
        "ngay_hoan_thanh", "ngay_huy", "trong_tam", "uu_tien",
    ]

    /// One row, each cell through its field's rule, as the task form and the step forms check it: facts (an
    /// approval, a completion, a cancellation) may not be dated after `today`.
    static func read(_ cells: CSVFields, today: CivilDate, reading: inout ImportKeys) throws -> Row {
        let fail = cells.fail
        let text = cells.text
        let date = cells.date
        let ma = try cells.required("ma", FieldRules.externalID)
        try reading.claim(ma, line: cells.line) { first in fail("ma “\(ma)” đã có ở dòng \(first)") }
        let notationText = try cells.required("so_ky_hieu", FieldRules.notation)
        guard case .success(let notation) = DocumentNumber.parse(notationText) else {
            throw fail("không đọc được số, ký hiệu “\(notationText)”")
        }
        let documentDate = try date("ngay_van_ban")!
        let assignedOn = try date("ngay_giao") ?? documentDate
        if assignedOn < documentDate { throw fail("ngay_giao trước ngay_van_ban") }
        let deadline = try date("han_xu_ly")
        if let deadline, deadline < assignedOn { throw fail("han_xu_ly trước ngày giao") }
        let extended = try date("han_gia_han")
        let approvedOn = try cells.fact("ngay_duyet_gia_han", today: today)
        if (extended == nil) != (approvedOn == nil) { throw fail("han_gia_han và ngay_duyet_gia_han phải đi cùng nhau") }
        if let extended, let deadline, extended <= deadline { throw fail("han_gia_han phải sau han_xu_ly") }
        if let approvedOn, approvedOn < assignedOn { throw fail("ngay_duyet_gia_han trước ngày giao") }
        let completedOn = try cells.fact("ngay_hoan_thanh", today: today)
        if let completedOn, completedOn < assignedOn { throw fail("ngay_hoan_thanh trước ngày giao") }
        let cancelledOn = try cells.fact("ngay_huy", today: today)
        if let cancelledOn, cancelledOn < assignedOn { throw fail("ngay_huy trước ngày giao") }
        let leadText = try text("don_vi_chu_tri")
        switch LeadUnitSelection.parse(leadText) {
        case .success: break
        case .failure(.unknownKind(let kind)):
            throw fail(
                "don_vi_chu_tri “\(kind)” không phải một loại đơn vị; dùng "
                    + LeadUnitSelection.kinds.map { "@" + $0.rawValue }.joined(separator: ", "))
        case .failure(.empty): throw fail("thiếu don_vi_chu_tri")
        }
        let focal = try cells.optional("trong_tam").map { (text: String) throws -> Bool in
            guard let focal = TaskFocus.parseFocal(text) else { throw fail("trong_tam “\(text)” phải là x, 1 hoặc 0") }
            return focal
        }
        let priority = try cells.optional("uu_tien").map { (text: String) throws -> TaskPriority in
            guard let priority = TaskPriority.parse(text) ?? nil else {
                throw fail("uu_tien “\(text)” phải là cao, trung_binh hoặc thap")
            }
            return priority
        }
        let coordinators = (cells.optional("don_vi_phoi_hop") ?? "")
            .split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Row(
            line: cells.line, ma: ma, notation: notation, documentDate: documentDate,
            summary: try cells.optional("trich_yeu", FieldRules.documentSummary), assigner: try text("co_quan_giao"),
            content: try cells.required("noi_dung", FieldRules.taskContent).collapsingSpaces,
            lead: leadText, coordinators: coordinators, assignedOn: assignedOn, deadline: deadline, extendedDeadline: extended,
            extensionApprovedOn: approvedOn, completedOn: completedOn, cancelledOn: cancelledOn, focal: focal,
            priority: priority)
    }

    static func syncCoordinators(_ task: TaskItem, codes: [String], units: [String: UUID], on db: Database) async throws
        -> Bool
    {
        let wanted = Set(codes.compactMap { units[$0] })
        let current = try await TaskCoordinator.query(on: db).filter(\.$taskID == task.id!).all()
        guard Set(current.map(\.unitID)) != wanted else { return false }
        try await TaskCoordinator.query(on: db).filter(\.$taskID == task.id!).delete()
        for unit in wanted { try await TaskCoordinator(taskID: task.id!, unitID: unit).create(on: db) }
        return true
    }

    /// The row's facts that the task does not have yet, as events to write, in the order of its history.
    static func missingEvents(_ row: Row, task: TaskItem, known: [TaskEventRecord], actor: AuditActor)
        -> [TaskEventRecord]
    {
        var wanted: [(TaskEvent.Kind, CivilDate, CivilDate?)] = [(.assigned, row.assignedOn, nil)]
        if let extended = row.extendedDeadline, let on = row.extensionApprovedOn {
            wanted.append((.extensionApproved, on, extended))
        }
        if let completed = row.completedOn {
            // A completion stated in a file is settled history: reported and confirmed, not waiting on the office.
            wanted.append((.completionReported, completed, nil))
            wanted.append((.completionConfirmed, completed, nil))
        }
        if let cancelled = row.cancelledOn { wanted.append((.cancelled, cancelled, nil)) }
        var missing: [TaskEventRecord] = []
        for (kind, date, newDeadline) in wanted {
            if known.contains(where: {
                $0.kind == kind.rawValue && $0.effectiveOn == date.iso && $0.newDeadline == newDeadline?.iso
            }) {
                continue
            }
            // An assignment is recorded once, whatever its date.
            if kind == .assigned && known.contains(where: { $0.kind == kind.rawValue }) { continue }
            let event = TaskEventRecord()
            event.taskID = task.id!
            event.kind = kind.rawValue
            event.recordedOn = date.iso
            event.effectiveOn = date.iso
            event.newDeadline = newDeadline?.iso
            event.note = "Nhập từ tệp CSV"
            event.actorID = actor.id
            event.actorName = actor.name
            missing.append(event)
        }
        return missing
    }
}
