import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// Gathers the review report's figures and tables from the status index and the task rows.
package enum ReviewReportBuilder {
    enum Failure: Error { case noProvince }

    /// The province the report speaks for: the given unit, else the first open unit of kind `province`.
    static func province(code: String?, asOf: CivilDate, on db: Database) async throws -> OrgUnit {
        if let code, !code.isEmpty {
            guard let unit = try await UnitDirectory.find(code: code, on: db) else { throw Failure.noProvince }
            return unit
        }
        let provinces = try await OrgUnit.query(on: db).filter(\.$kind == UnitKind.province.rawValue).sort(\.$code).all()
        guard let unit = provinces.first(where: { !$0.isClosed(on: asOf) }) ?? provinces.first else { throw Failure.noProvince }
        return unit
    }

    package static func build(period: ReportPeriod, asOf: CivilDate, province: OrgUnit, on db: Database) async throws
        -> ReviewReport
    {
        // Names and kinds as plain rows: a national tree has thousands of units, slow to decode as models.
        let units = try await (db as! SQLDatabase).select().column("id").column("name").column("kind").from(OrgUnit.schema).all()
            .map {
                UnitLabel(
                    id: try $0.decode(column: "id", as: UUID.self), name: try $0.decode(column: "name", as: String.self),
                    kind: try $0.decode(column: "kind", as: String.self))
            }
        let byID = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) })
        let tree = try await UnitDirectory.tree(on: db)
        let provinceUnits = tree.subtree(of: province.id!)
        func subtrees(of kind: UnitKind) -> Set<UUID> {
            units.filter { $0.kind == kind.rawValue }.reduce(into: Set<UUID>()) { $0.formUnion(tree.subtree(of: $1.id)) }
        }
        let government = subtrees(of: .government)
        let ministries = subtrees(of: .ministry)

        var governmentFilter = TaskStatsFilter(asOf: asOf, leadUnitIDs: provinceUnits, from: period.from, to: period.to)
        governmentFilter.assignerIDs = government
        let (governmentCounts, governmentDocuments) = try await TaskStatistics.counts(governmentFilter, on: db)
        var provinceFilter = TaskStatsFilter(asOf: asOf, leadUnitIDs: provinceUnits, from: period.from, to: period.to)
        provinceFilter.assignerIDs = provinceUnits
        let (provinceCounts, provinceDocuments) = try await TaskStatistics.counts(provinceFilter, on: db)

        let governmentOverdue = try await lines(
            TaskStatistics.taskIDs(governmentFilter, buckets: [.pendingOverdue], on: db),
            asOf: asOf, units: byID, on: db)
        // A ministry's task stays on the list until it is done, whenever it was assigned (seed 001 lists a 2019 decree).
        let ministriesFilter = TaskStatsFilter(asOf: asOf, leadUnitIDs: ministries)
        let ministriesOverdue = try await lines(
            TaskStatistics.taskIDs(
                ministriesFilter, buckets: [.pendingOverdue, .pendingNoDeadline],
                on: db),
            asOf: asOf, units: byID, on: db)

        let allFilter = TaskStatsFilter(asOf: asOf, leadUnitIDs: provinceUnits, from: period.from, to: period.to)
        let unitLines = try await TaskStatistics.breakdown(allFilter, by: .leadUnit, on: db).compactMap {
            group -> ReviewReport.UnitLine? in
            guard let id = group.key.flatMap(UUID.init(uuidString:)), let unit = byID[id] else { return nil }
            return .init(name: unit.name, counts: group.counts, daysLateTotal: group.daysLateTotal)
        }
        return ReviewReport(
            provinceName: province.name, place: placeName(province.name), period: period, asOf: asOf,
            government: governmentCounts, governmentDocuments: governmentDocuments, governmentOverdue: governmentOverdue,
            province: provinceCounts, provinceDocuments: provinceDocuments, ministriesOverdue: ministriesOverdue,
            units: ranked(unitLines),
            programme: try await programmePart(period: period, asOf: asOf, provinceUnits: provinceUnits, on: db),
            indicators: try await IndicatorReport.build(for: period, asOf: asOf, on: db),
            figures: try await ReviewFigures.build(period: period, asOf: asOf, province: province, on: db))
    }

    /// Best first: on-time rate, then fewer overdue, then name.
    static func ranked(_ lines: [ReviewReport.UnitLine]) -> [ReviewReport.UnitLine] {
        lines.sorted { a, b in
            let ra = a.counts.onTimeRate ?? 0
            let rb = b.counts.onTimeRate ?? 0
            if ra != rb { return ra > rb }
            if a.counts.pendingOverdue != b.counts.pendingOverdue { return a.counts.pendingOverdue < b.counts.pendingOverdue }
            return VietnameseText.areInIncreasingOrder(a.name, b.name)
        }
    }

    /// "Ủy ban nhân dân tỉnh Bình Dương" → "Bình Dương".
    static func placeName(_ name: String) -> String {
        for prefix in [
            "Ủy ban nhân dân tỉnh ", "Uỷ ban nhân dân tỉnh ", "Ủy ban nhân dân thành phố ", "UBND tỉnh ", "UBND thành phố ",
        ]
        where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    /// Appendix rows for these tasks, ordered by deadline then document.
    private struct UnitLabel {
        let id: UUID
        let name: String
        let kind: String
    }

    private static func lines(_ ids: [UUID], asOf: CivilDate, units: [UUID: UnitLabel], on db: Database) async throws
        -> [ReviewReport.TaskLine]
    {
        guard !ids.isEmpty else { return [] }
        var tasks: [TaskItem] = []
        for start in stride(from: 0, to: ids.count, by: 500) {
            tasks += try await TaskItem.query(on: db).filter(\.$id ~~ Array(ids[start..<min(start + 500, ids.count)])).all()
        }
        let documents = Dictionary(
            uniqueKeysWithValues: try await Document.query(on: db)
                .filter(\.$id ~~ Array(Set(tasks.map(\.documentID)))).all().map { ($0.id!, $0) })
        let events = try await TaskFactsLoader.events(for: tasks.compactMap(\.id), on: db)
        let urgings = try await TaskUrging.asOf(asOf, tasks: tasks.compactMap(\.id), on: db)
        let rows = tasks.map { task -> (ReviewReport.TaskLine, String) in
            let records = events[task.id!] ?? []
            let snapshot = TaskStatus.evaluate(TaskFactsLoader.facts(task, events: records), asOf: asOf)
            let note =
                records.last {
                    $0.kind == TaskEvent.Kind.progressReported.rawValue
                        && (CivilDate.parse($0.recordedOn).map { $0 <= asOf } ?? false)
                }?.note ?? ""
            let document = documents[task.documentID]
            let line = ReviewReport.TaskLine(
                document: document.map { describe($0, issuer: $0.issuerID.flatMap { units[$0]?.name }) } ?? "",
                content: task.content, deadline: snapshot?.deadline, unit: units[task.leadUnitID]?.name ?? "",
                daysLate: snapshot?.daysLate, note: note, urged: TaskUrging.note(urgings[task.id!] ?? []))
            return (line, (snapshot?.deadline?.iso ?? "9999") + (document?.issuedOn ?? "") + task.content)
        }
        return rows.sorted { $0.1 < $1.1 }.map(\.0)
    }

    /// "Nghị định số 04/2019/NĐ-CP ngày 11/01/2019 của Chính phủ".
    static func describe(_ document: Document, issuer: String?) -> String {
        let type = document.typeCode.flatMap(DocumentTypeNames.name(for:)).map { $0 + " số " } ?? "Văn bản số "
        return type + document.notation + " ngày " + VNFormat.date(document.issuedDate) + (issuer.map { " của " + $0 } ?? "")
    }
}

/// Names of the document types of NĐ 30/2020 by their abbreviation in the notation.
enum DocumentTypeNames {
    static func name(for code: String) -> String? {
        [
            "NQ": "Nghị quyết", "NĐ": "Nghị định", "QĐ": "Quyết định", "CT": "Chỉ thị", "TB": "Thông báo", "KL": "Kết luận",
            "KH": "Kế hoạch", "CV": "Công văn", "BC": "Báo cáo", "TT": "Thông tư", "HD": "Hướng dẫn", "CĐ": "Công điện",
            "TTr": "Tờ trình", "UBND": "Công văn", "VPCP": "Công văn",
        ][code]
    }
}
