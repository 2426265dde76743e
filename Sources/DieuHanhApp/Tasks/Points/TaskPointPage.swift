import DieuHanhCore
import Fluent
import Plot
import Vapor

/// `/tasks/points/{id}`: a point addressed to many units — its text, its document, every unit's task with its status
/// as of today in a grid, and the roll-up. A unit officer sees the roll-up and only their own units' rows.
enum TaskPointPage {
    struct Row {
        let task: TaskItem
        let unit: String
        let snapshot: TaskSnapshot?
    }

    struct Model {
        let point: TaskPoint
        let document: Document
        let addressees: String
        let rollup: PointRollup
        let rows: [Row]
        let limited: Bool
    }

    static func model(_ pointID: UUID, scope: AccessScope, today: CivilDate, on db: Database) async throws -> Model {
        guard let point = try await TaskPoint.find(pointID, on: db),
            let document = try await Document.find(point.documentID, on: db)
        else { throw Abort(.notFound) }
        let ids = try await TaskPointService.taskIDs(of: pointID, on: db)
        let tasks = try await TaskItem.query(on: db).filter(\.$id ~~ ids).all()
        guard tasks.contains(where: { scope.allows($0.leadUnitID) }) || scope.unitIDs == nil else {
            throw Abort(.notFound)
        }
        let events = try await TaskFactsLoader.coreEvents(for: ids, on: db)
        let names = try await UnitDirectory.names(of: tasks.map(\.leadUnitID), on: db)
        let rows = tasks.map { task in
            Row(
                task: task, unit: names[task.leadUnitID] ?? "",
                snapshot: TaskStatus.evaluate(TaskFactsLoader.facts(task, coreEvents: events[task.id!] ?? []), asOf: today))
        }
        .sorted { VietnameseText.areInIncreasingOrder($0.unit, $1.unit) }
        return Model(
            point: point, document: document, addressees: try await addresseesLabel(point, on: db),
            rollup: PointRollup(rows.map { (name: $0.unit, snapshot: $0.snapshot) }),
            rows: rows.filter { scope.allows($0.task.leadUnitID) }, limited: scope.unitIDs != nil)
    }

    /// "Các sở, ban, ngành; Sở Y tế": kinds in a letter's words, units by name.
    static func addresseesLabel(_ point: TaskPoint, on db: Database) async throws -> String {
        let choices = point.selection?.choices ?? []
        let codes = choices.compactMap { if case .unit(let code) = $0 { code } else { nil } }
        let names = Dictionary(
            try await OrgUnit.query(on: db).filter(\.$code ~~ codes).all().map { ($0.code, $0.name) }
        ) { first, _ in first }
        return choices.map { choice in
            switch choice {
            case .kind(let kind): kind.allUnitsLabel
            case .unit(let code): names[code] ?? code
            }
        }
        .joined(separator: "; ")
    }

    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.pointTitle), section: .tasks, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        return [
            .p(.class("breadcrumb"), .a(.href("/tasks"), .text(t(T.tasksTitle)))),
            Components.pageHeader(
                t(T.pointTitle),
                lead: model.document.notation + (model.document.summary.isEmpty ? "" : " — " + model.document.summary)),
            .dl(
                .class("facts"),
                .dt(.text(t(T.fieldContent))), .dd(.text(model.point.content)),
                .dt(.text(t(T.fieldDocument))),
                .dd(
                    .a(.href("/documents/\(model.document.id!)"), .text(model.document.notation)),
                    .text(" — " + VNFormat.date(model.document.issuedDate))),
                .dt(.text(t(T.pointAddressees))), .dd(.text(model.addressees)),
                .dt(.text(t(T.fieldAssignedOn))),
                .dd(.text(CivilDate.parse(model.point.assignedOn).map(VNFormat.date) ?? ""))),
            .section(
                .h2(.text(t(T.pointUnits))),
                .p(.class("lead"), .text(model.rollup.sentence)),
                .if(model.limited, .p(.class("muted"), .text(t(T.pointOnlyYours)))),
                .div(
                    .class("table-wrap"), .keyboardScrollable,
                    .table(
                        .class("data card-rows"),
                        .thead(
                            .tr(
                                .th(.text(t(T.fieldLeadUnit))), .th(.text(t(T.fieldStatus))),
                                .th(.text(t(T.fieldDeadline))), .th(.text(t(T.fieldCompletedOn))))),
                        .tbody(.forEach(model.rows) { row($0, t) })))),
        ]
    }

    private static func row(_ row: Row, _ t: Localizer) -> Node<HTML.TableContext> {
        let deadline = row.snapshot?.deadline ?? row.task.deadlineDate
        let status: BodyNode =
            row.snapshot.map { Labels.statusTag($0, dueSoon: false, t) }
            ?? .span(.class("tag tag-neutral"), .text(t(T.eventCancelled)))
        return .tr(
            .td(.a(.href("/tasks/\(row.task.id!)"), .text(row.unit))),
            .td(.attribute(named: "data-label", value: t(T.fieldStatus)), status),
            .td(
                .attribute(named: "data-label", value: t(T.fieldDeadline)),
                .text(deadline.map(VNFormat.date) ?? t(T.noDeadline))),
            .td(
                .attribute(named: "data-label", value: t(T.fieldCompletedOn)),
                .text(row.snapshot?.completedOn.map(VNFormat.date) ?? "—")))
    }
}
