import DieuHanhCore
import Plot
import Vapor

enum HomePage {
    struct Model {
        var fullName: String
        var unitName: String?
        var unitCount: Int
        var userCount: Int
    }

    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.navHome), section: .home, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        return [
            Components.pageHeader(t(T.homeGreeting, model.fullName),
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
                .if(ctx.role != .unitOfficer, .section(
                    .class("card"),
                    .h2(.a(.href("/reports/review"), .text(t(T.reviewTitle)))),
                    .p(.text(t(T.reviewLead)))
                )),
                .group(ModulePage.Module.allCases.map { module in
                    .section(
                        .class("card"),
                        .h2(.a(.href("/" + module.rawValue), .text(t(module.title)))),
                        .p(.text(t(module.purpose))),
                        .p(.class("muted"), .text(t(T.moduleNotYet)))
                    )
                }),
                .section(
                    .class("card"),
                    .h2(.a(.href("/units"), .text(t(T.navUnits)))),
                    .p(.text(t(T.homeUnitsSummary, VNFormat.integer(model.unitCount), VNFormat.integer(model.userCount)))),
                    .if(model.unitCount == 0 && ctx.role?.canManageOrganisation == true,
                        .p(.text(t(T.homeUnitsEmpty))))
                )
            ),
        ]
    }
}

/// The modules still to come (tasks, work programme, indicators, reports): an honest empty state each.
enum ModulePage {
    enum Module: String, CaseIterable {
        case programme, indicators

        var title: L {
            switch self {
            case .programme: T.navProgramme
            case .indicators: T.navIndicators
            }
        }

        var purpose: L {
            switch self {
            case .programme: T.moduleProgrammePurpose
            case .indicators: T.moduleIndicatorsPurpose
            }
        }

        var section: Layout.Section {
            switch self {
            case .programme: .programme
            case .indicators: .indicators
            }
        }
    }

    static func response(_ ctx: PageContext, module: Module) -> Response {
        let t = ctx.t
        return Layout.response(ctx, title: t(module.title), section: module.section, content: [
            Components.pageHeader(t(module.title), lead: t(module.purpose)),
            Components.emptyState(title: t(T.moduleNotYet), text: t(T.moduleNotYetText),
                                  action: Components.linkButton(t(T.navUnits), href: "/units")),
        ])
    }
}
