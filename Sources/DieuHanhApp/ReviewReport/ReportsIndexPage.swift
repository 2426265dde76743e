import DieuHanhCore
import Plot
import Vapor

/// `/reports`: what the reports module offers now, and what is still to come.
enum ReportsIndexPage {
    static func response(_ ctx: PageContext) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.reportsTitle), section: .reports,
            content: [
                Components.pageHeader(t(T.reportsTitle), lead: t(T.moduleReportsPurpose)),
                .div(
                    .class("cards"),
                    .if(
                        ctx.role?.seesEveryUnit == true,
                        .section(
                            .class("card"), .h2(.a(.href("/reports/review"), .text(t(T.reviewTitle)))),
                            .p(.text(t(T.reviewLead))),
                            .p(
                                .a(.href("/reports/review/drafts"), .text(t(T.reviewDraftsTitle))), .text(" · "),
                                .a(.href("/reports/review/received"), .text(t(T.levelReviewsReceivedTitle))))
                        )),
                    .section(.class("card"), .h2(.a(.href("/stats"), .text(t(T.statsTitle)))), .p(.text(t(T.statsLead)))),
                    .section(
                        .class("card"), .h2(.a(.href("/ranking"), .text(t(T.rankingTitle)))), .p(.text(t(T.rankingLead)))),
                    .section(
                        .class("card"), .h2(.a(.href("/reports/requests"), .text(t(T.reportsUnitRequests)))),
                        .p(.text(t(T.reportsIndexRequestsLead))),
                        .p(
                            // The regimes are the office's and the leaders'; a unit answers the requests they make.
                            .if(
                                ctx.role?.seesEveryUnit == true,
                                .group(.a(.href("/reports/regimes"), .text(t(T.regimesTitle))), .text(" · "))),
                            .a(.href("/reports/scorecard"), .text(t(T.scorecardTitle))), .text(" · "),
                            .a(.href("/reports/reminders"), .text(t(T.remindersTitle)))))),
            ])
    }
}
