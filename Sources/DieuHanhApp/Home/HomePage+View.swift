import DieuHanhCore
import Plot
import Vapor

enum HomePage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.navHome), section: .home, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        return [
            Components.pageHeader(
                t(T.homeGreeting, model.fullName),
                lead: t(T.homeToday, VNFormat.date(ctx.today)) + (model.unitName.map { " · " + $0 } ?? "")),
            .div(
                .class("cards"),
                .section(
                    .class("card"),
                    .h2(.a(.href("/tasks"), .text(t(T.navTasks)))),
                    .p(.text(t(T.moduleTasksPurpose))),
                    .p(.a(.href("/tasks?status=pending_overdue"), .text(t(T.bucketPendingOverdue)))),
                    .p(.a(.href("/tasks?status=due_soon"), .text(t(T.dueSoon))))
                ),
                .section(
                    .class("card"),
                    .h2(.a(.href("/stats"), .text(t(T.statsTitle)))),
                    .p(.text(t(T.statsLead)))
                ),
                .section(
                    .class("card"),
                    .h2(.a(.href("/indicators"), .text(t(T.indTitle)))),
                    .p(.text(t(T.moduleIndicatorsPurpose))),
                    .if(
                        IndicatorAccess.canEnterActuals(ctx.role),
                        .p(.a(.href("/indicators/entry"), .text(t(T.indEnterActuals)))))
                ),
                .section(
                    .class("card"),
                    .h2(.a(.href("/programme"), .text(t(T.navProgramme)))),
                    .p(.text(t(T.moduleProgrammePurpose))),
                    .p(.a(.href("/programme/due"), .text(t(T.programmeDueTitle)))),
                    .p(.a(.href("/programme/stats"), .text(t(T.programmeStatsTitle))))
                ),
                .section(
                    .class("card"),
                    .h2(.a(.href("/reports/requests"), .text(t(T.reportsUnitRequests)))),
                    .p(.text(t(T.reportsIndexRequestsLead))),
                    .p(.a(.href("/reports/reminders"), .text(t(T.remindersTitle))))
                ),
                .if(
                    ctx.role?.seesEveryUnit == true,
                    .section(
                        .class("card"),
                        .h2(.a(.href("/reports/review"), .text(t(T.reviewTitle)))),
                        .p(.text(t(T.reviewLead)))
                    )),
                .section(
                    .class("card"),
                    .h2(.a(.href("/units"), .text(t(T.navUnits)))),
                    .p(.text(t(T.homeUnitsSummary, VNFormat.integer(model.unitCount), VNFormat.integer(model.userCount)))),
                    .if(
                        model.unitCount == 0 && ctx.role?.canManageOrganisation == true,
                        .p(.text(t(T.homeUnitsEmpty))))
                )
            ),
        ]
    }
}
