import DieuHanhCore
import Foundation
import Plot

extension InboxPage {
    /// Programme items waiting on the user: a leader's postponement and withdrawal requests to decide, the office's
    /// submitted items to record as issued. Each opens the item's page, where the step is taken.
    static func programmeSection(
        _ ctx: PageContext, id: String, title: L, empty: L, rows: [ProgrammeQuery.Row], unitNames: [UUID: String]
    ) -> BodyNode {
        let t = ctx.t
        return .section(
            .id(id),
            .h2(.text(t(title) + " (" + VNFormat.integer(rows.count) + ")")),
            rows.isEmpty
                ? .p(.class("muted"), .text(t(empty)))
                : .ul(
                    .class("plain"),
                    .forEach(rows.prefix(100)) { row in item(row, unitNames: unitNames, t) })
        )
    }

    private static func item(_ row: ProgrammeQuery.Row, unitNames: [UUID: String], _ t: Localizer)
        -> Node<HTML.ListContext>
    {
        let unit = unitNames[row.item.leadUnitID] ?? ""
        let month = t(T.programmeFieldMonth) + " " + row.snapshot.plannedMonth.label
        return .li(
            .a(.href("/programme/items/\(row.item.id!)"), .strong(.text(row.item.title))),
            .div(.class("muted"), .text(unit + " · " + month)),
            .div(.text(waiting(row, t))))
    }

    /// What the item waits for: the month a postponement asks for, a withdrawal, or the submission to record.
    private static func waiting(_ row: ProgrammeQuery.Row, _ t: Localizer) -> String {
        if let month = row.snapshot.requestedMonth { return t(T.programmeRequestedMonth, month.label) }
        if ProgrammeLifecycleState(events: row.facts.events).withdrawalPending { return t(T.programmeWithdrawalAsked) }
        return row.snapshot.submittedOn.map { t(T.programmeSubmittedOn, VNFormat.date($0)) } ?? ""
    }
}
