import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// Small datasets that reproduce the task figures of two real review reports (`dieuhanh demo --slice NAME`).
///
/// Each slice is meant for an EMPTY database: it has its own province tree under the code `UBND`, so it cannot
/// share a database with the demonstration province or with the other slice (`load` refuses, and writes nothing,
/// when the database holds units, documents or tasks that are not the slice's own).
///
/// The data is fixed text (no randomness): the same CSV every run. It goes through the same importers as
/// `dieuhanh import units` / `dieuhanh import tasks` (`UnitImport`, `TaskImport`: parse, then write), so a
/// slice also exercises them, and loading it twice changes nothing.
///
/// - `binh-duong-2020` — seed 001 (../shared/seeds/001_bbd1df693d80d1cb.txt), Bình Dương, review of the first six
///   months of 2020, section I.3.2: "Tổng số văn bản giao nhiệm vụ … là 20 văn bản; đối với 46 nhiệm vụ …, đã
///   hoàn thành 42 nhiệm vụ (đạt 91,3%), còn lại 04 nhiệm vụ đang thực hiện (không có nhiệm vụ quá hạn)".
///   As of 14/06/2020 (end of the 6-month window, DOMAIN §6): 42 completed on time, 0 late, 4 pending within
///   deadline, 0 overdue. Plus one task of Bộ Y tế that concerns the province (seed 001, appendix III), which
///   is not one of the 46.
/// - `cao-bang-2021` — seed 002 (../shared/seeds/002_0c800c0c7b1b164f.txt), report 1409/BC-UBND of Cao Bằng,
///   appendix I: 11 tasks (in 9 documents) → 5 completed on time, 6 pending within deadline, as of 14/06/2021.
///
/// Document numbers the seeds name are used as named (with their dates); the others, needed to reach the
/// reported number of documents, are marked "minh họa" (illustrative) below.
enum DemoSlices {
    enum Slice: String, CaseIterable, Sendable {
        case binhDuong2020 = "binh-duong-2020"
        case caoBang2021 = "cao-bang-2021"

        var definition: Definition {
            switch self {
            case .binhDuong2020: return DemoSlices.binhDuong2020
            case .caoBang2021: return DemoSlices.caoBang2021
            }
        }
    }

    struct UnitSpec: Sendable {
        let code: String
        let name: String
        let kind: UnitKind
        let parent: String?
    }

    struct DocumentSpec: Sendable {
        let notation: String
        /// dd/mm/yyyy, as typed in the CSV files.
        let date: String
        /// Unit code of the assigner (CP or TTG).
        let assigner: String
        /// Trích yếu; empty when the seed does not give it.
        let summary: String
    }

    struct TaskSpec: Sendable {
        let ma: String
        let document: DocumentSpec
        let content: String
        let lead: String
        let coordinators: [String]
        let deadline: String?
        let extendedTo: String?
        let extensionApprovedOn: String?
        let completedOn: String?
        /// The day the lead unit reported putting the task in hand (đã triển khai, DOMAIN §3), for a task the seed
        /// counts as started that no other step shows started.
        let progressOn: String?
    }

    struct Definition: Sendable {
        let slice: Slice
        /// One line for the command's output.
        let title: String
        /// The code of the province unit: the province's own tasks are those led by it or a unit under it.
        let provinceCode: String
        /// The report's cut-off date.
        let asOf: CivilDate
        let taskPrefix: String
        let units: [UnitSpec]
        let tasks: [TaskSpec]

        /// The units file (CONTRACT: units CSV).
        var unitsCSV: String {
            var csv = "code,name,kind,parent_code\n"
            for unit in units {
                csv += DemoSlices.csvLine([unit.code, unit.name, unit.kind.rawValue, unit.parent ?? ""])
            }
            return csv
        }

        /// The tasks file (CONTRACT: tasks CSV); `ngay_giao` is left empty (= the document date).
        var tasksCSV: String {
            var csv =
                "ma,so_ky_hieu,ngay_van_ban,trich_yeu,co_quan_giao,noi_dung,don_vi_chu_tri,don_vi_phoi_hop,"
                + "ngay_giao,han_xu_ly,han_gia_han,ngay_duyet_gia_han,ngay_hoan_thanh,ngay_huy\n"
            for task in tasks {
                csv += DemoSlices.csvLine([
                    task.ma, task.document.notation, task.document.date, task.document.summary, task.document.assigner,
                    task.content, task.lead, task.coordinators.joined(separator: ";"), "", task.deadline ?? "",
                    task.extendedTo ?? "", task.extensionApprovedOn ?? "", task.completedOn ?? "", "",
                ])
            }
            return csv
        }
    }

    struct LoadSummary: Sendable {
        var units: ImportSummary
        var tasks: ImportSummary
        /// The slice's work programme items (`DemoProgramme`), if it has one.
        var programme = ImportSummary()
    }

    /// The figures of a loaded slice as of its cut-off date, computed by `TaskQuery` (the task list's own rule).
    struct Figures: Sendable {
        /// Tasks led by the province unit or a unit under it.
        var province: TaskCounts
        /// Distinct documents of those tasks.
        var documents: Int
        /// Every other task (ministries' tasks that concern the province).
        var others: TaskCounts
    }

    /// Refusal to load a slice into a database that holds other data.
    struct NotEmpty: Error, CustomStringConvertible {
        let slice: Slice
        let found: String
        var description: String {
            "lát dữ liệu \(slice.rawValue) chỉ nạp vào cơ sở dữ liệu trống; cơ sở dữ liệu này đã có \(found)"
        }
    }

    // MARK: - Loading

    /// Loads `slice` into the application's database through `UnitImport` and `TaskImport`, in one transaction.
    /// Running it again changes nothing. Throws `NotEmpty` (and writes nothing) when the database holds units,
    /// documents or tasks that are not the slice's.
    static func load(_ slice: Slice, into app: Application, actor: AuditActor = .commandLine) async throws -> LoadSummary {
        let definition = slice.definition
        let unitRows = try UnitImport.parse(Data(definition.unitsCSV.utf8))
        let taskRows = try TaskImport.parse(Data(definition.tasksCSV.utf8))
        let programmeRows = try slice.programme.map { try ProgrammeImport.parse(Data($0.csv.utf8)) } ?? []
        let countRows = try slice.officeCountsCSV.map { try OfficeCountImport.parse(Data($0.utf8)) } ?? []
        let now = app.config.now()
        return try await app.write { db in
            try await checkOnlyOwnData(definition, on: db)
            let units = try await UnitImport.write(unitRows, actor: actor, now: now, on: db)
            let tasks = try await TaskImport.write(taskRows, actor: actor, now: now, on: db)
            try await recordProgress(definition, on: db)
            var summary = LoadSummary(units: units, tasks: tasks)
            if let programme = slice.programme {
                summary.programme = try await ProgrammeImport.write(programmeRows, actor: actor, now: now, on: db)
                try await DemoProgramme.recordDecisions(programme.decisions, today: CivilDate.today(now: now), now: now, on: db)
            }
            if !countRows.isEmpty { _ = try await OfficeCountImport.write(countRows, actor: actor, now: now, on: db) }
            return summary
        }
    }

    /// The slice's figures as of its cut-off date (what the command prints).
    static func figures(_ slice: Slice, app: Application) async throws -> Figures {
        let definition = slice.definition
        let t = Localizer(language: .vi)
        let today = CivilDate.today(now: app.config.now())
        // Every row on one page: the documents are those of the page's rows.
        let province = try await TaskQuery.run(
            .init(as_of: definition.asOf.iso, lead_unit: definition.provinceCode),
            scope: .everything, today: today, per: Int.max / 4, on: app.db, t: t)
        let all = try await TaskQuery.run(
            .init(as_of: definition.asOf.iso), scope: .everything, today: today, per: 1,
            on: app.db, t: t)
        var others = TaskCounts()
        for bucket in TaskBucket.allCases { others[bucket] = all.counts[bucket] - province.counts[bucket] }
        return Figures(province: province.counts, documents: province.documents.count, others: others)
    }

    private static func checkOnlyOwnData(_ definition: Definition, on db: Database) async throws {
        let ownUnits = Set(definition.units.map(\.code))
        let foreignUnits = try await OrgUnit.query(on: db).all().map(\.code).filter { !ownUnits.contains($0) }.sorted()
        if !foreignUnits.isEmpty {
            throw NotEmpty(slice: definition.slice, found: "\(foreignUnits.count) đơn vị khác (\(sample(foreignUnits)))")
        }
        let foreignTasks = try await TaskItem.query(on: db).all()
            .filter { !($0.ma?.hasPrefix(definition.taskPrefix) ?? false) }.map { $0.ma ?? "không mã" }.sorted()
        if !foreignTasks.isEmpty {
            throw NotEmpty(slice: definition.slice, found: "\(foreignTasks.count) nhiệm vụ khác (\(sample(foreignTasks)))")
        }
        let ownDocuments = Set(
            definition.tasks.map { task in
                let number = try? DocumentNumber.parse(task.document.notation).get()
                return "\(number?.notation ?? task.document.notation)|\(CivilDate.parse(task.document.date)?.year ?? 0)"
            })
        let foreignDocuments = try await Document.query(on: db).all()
            .filter { !ownDocuments.contains("\($0.notation)|\($0.year)") }.map(\.notation).sorted()
        if !foreignDocuments.isEmpty {
            throw NotEmpty(slice: definition.slice, found: "\(foreignDocuments.count) văn bản khác (\(sample(foreignDocuments)))")
        }
        let programmePrefix = definition.slice.programme?.prefix
        let foreignItems = try await ProgrammeItem.query(on: db).all()
            .filter { item in !(programmePrefix.map { item.ma?.hasPrefix($0) ?? false } ?? false) }.map { $0.ma ?? "không mã" }
            .sorted()
        if !foreignItems.isEmpty {
            throw NotEmpty(
                slice: definition.slice,
                found: "\(foreignItems.count) nội dung chương trình công tác khác (\(sample(foreignItems)))")
        }
    }

    private static func sample(_ items: [String]) -> String {
        items.prefix(3).joined(separator: ", ") + (items.count > 3 ? "…" : "")
    }

    // MARK: - CSV

    static func csvLine(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",") + "\n"
    }

    /// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func unit(_ code: String, _ name: String, _ kind: UnitKind, _ parent: String? = nil) -> UnitSpec {
        UnitSpec(code: code, name: name, kind: kind, parent: parent)
    }

    static func document(_ notation: String, _ date: String, _ assigner: String, _ summary: String) -> DocumentSpec {
        DocumentSpec(notation: notation, date: date, assigner: assigner, summary: summary)
    }

    static func task(
        _ ma: String, _ document: DocumentSpec, _ content: String, lead: String, with coordinators: [String] = [],
        due deadline: String?, extendedTo: String? = nil, approvedOn: String? = nil,
        done completedOn: String? = nil, progress progressOn: String? = nil
    ) -> TaskSpec {
        TaskSpec(
            ma: ma, document: document, content: content, lead: lead, coordinators: coordinators, deadline: deadline,
            extendedTo: extendedTo, extensionApprovedOn: approvedOn, completedOn: completedOn, progressOn: progressOn)
    }

    /// The progress reports the slice's tasks carry, once: a second load finds them and adds nothing.
    static func recordProgress(_ definition: Definition, on db: Database) async throws {
        var touched: [UUID] = []
        for spec in definition.tasks {
            guard let text = spec.progressOn, let day = CivilDate.parse(text),
                let task = try await TaskItem.query(on: db).filter(\.$ma == spec.ma).first()
            else { continue }
            let existing = try await TaskEventRecord.query(on: db).filter(\.$taskID == task.id!)
                .filter(\.$kind == TaskEvent.Kind.progressReported.rawValue).count()
            guard existing == 0 else { continue }
            let event = TaskEventRecord()
            event.taskID = task.id!
            event.kind = TaskEvent.Kind.progressReported.rawValue
            event.recordedOn = day.iso
            event.effectiveOn = day.iso
            event.actorName = "nhập từ tệp dữ liệu"
            event.note = "Đang triển khai thực hiện."
            try await event.create(on: db)
            touched.append(task.id!)
        }
        if !touched.isEmpty { try await TaskStatusIndex.refresh(touched, on: db) }
    }
}
