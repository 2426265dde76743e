import DieuHanhCore
import Plot
import Vapor

/// Entering an item of the programme, or editing one; and importing a CSV file of items.
enum ProgrammeFormPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        let title = ctx.t(model.item == nil ? T.programmeNew : T.programmeEditTitle)
        return Layout.response(ctx, title: title, section: .programme, status: status, content: view(ctx, model, title: title))
    }

    static func view(_ ctx: PageContext, _ model: Model, title: String) -> [BodyNode] {
        let t = ctx.t
        let f = model.form
        let e = model.errors
        let action = model.item.map { "/programme/items/\($0.id!)" } ?? "/programme/items"
        let back = model.item.map { "/programme/items/\($0.id!)" } ?? "/programme"
        return [
            .p(.class("breadcrumb"), .a(.href("/programme"), .text(t(T.navProgramme)))),
            Components.pageHeader(title, lead: t(T.programmeFormLead)),
            Components.errorSummary(e, t),
            Components.form(
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: action),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(ctx),
                .if(model.item != nil, .input(.type(.hidden), .name("version"), .value(f.version))),
                Components.fieldset(
                    .element(named: "legend", text: t(T.programmeFormWhat)),
                    Components.textArea(
                        name: "title", label: t(T.programmeFieldTitle) + " *", value: f.title, error: e.message(for: "title")),
                    .div(
                        .class("grid-2"),
                        Components.selectField(
                            .init(
                                name: "kind", label: t(T.fieldKind), value: f.kind, hint: t(T.programmeKindHint),
                                error: e.message(for: "kind")),
                            options: [(value: "", label: t(T.programmeKindGuess))]
                                + ProgrammeItemKind.allCases.map { (value: $0.rawValue, label: ProgrammeLabels.kind($0, t)) }),
                        Components.selectField(
                            .init(
                                name: "body", label: t(T.programmeFieldBody), value: f.body, required: true,
                                error: e.message(for: "body")),
                            options: ProgrammeBody.allCases.map { (value: $0.rawValue, label: ProgrammeLabels.body($0, t)) }),
                        Components.selectField(
                            .init(
                                name: "lead_unit_id", label: t(T.fieldLeadUnit), value: f.leadUnitID, required: true,
                                error: e.message(for: "lead_unit_id")),
                            options: [(value: "", label: "—")] + model.units.map { (value: $0.id!.uuidString, label: $0.name) }),
                        Components.selectField(
                            .init(
                                name: "leader_id", label: t(T.fieldLeader), value: f.leaderID,
                                error: e.message(for: "leader_id")),
                            options: [(value: "", label: "—")]
                                + model.leaders.map { (value: $0.id!.uuidString, label: $0.fullName) }),
                        Components.textField(
                            .init(
                                name: "ma", label: t(T.fieldCode), value: f.ma, hint: t(T.programmeCodeHint),
                                error: e.message(for: "ma"))))
                ),
                Components.fieldset(
                    .element(named: "legend", text: t(T.programmeFormWhen)),
                    .if(model.hasHistory, .p(.class("muted"), .text(t(T.programmeHistoryFixesMonth)))),
                    .div(
                        .class("grid-3"),
                        Components.textField(
                            .init(
                                name: "planned_month", label: t(T.programmeFieldMonth), value: f.plannedMonth,
                                required: true, hint: t(T.programmeMonthHint), error: e.message(for: "planned_month"))),
                        Components.selectField(
                            .init(
                                name: "origin", label: t(T.programmeFieldOrigin), value: f.origin,
                                error: e.message(for: "origin")),
                            options: ProgrammeOrigin.allCases.map { (value: $0.rawValue, label: ProgrammeLabels.origin($0, t)) }),
                        Components.textField(
                            .init(
                                name: "added_on", label: t(T.programmeFieldAddedOn), value: f.addedOn,
                                hint: t(T.programmeAddedOnHint), error: e.message(for: "added_on"))))
                ),
                Components.textArea(name: "note", label: t(T.programmeFieldNote), value: f.note, error: e.message(for: "note")),
                .div(
                    .class("form-actions"),
                    .button(.class("button primary"), .type(.submit), .text(t(T.actionSave))),
                    Components.linkButton(t(T.actionCancel), href: back))
            ),
        ]
    }
}

/// `/programme/import`: a CSV file of items (CONTRACT), the same importer as `dieuhanh import programme`.
enum ProgrammeImportPage {
    static func response(_ ctx: PageContext, error: String? = nil, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.programmeImport), section: .programme, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/programme"), .text(t(T.navProgramme)))),
                Components.pageHeader(t(T.programmeImport), lead: t(T.programmeImportLead)),
                .unwrap(error) { message in
                    .div(
                        .class("error-summary"), .attribute(named: "role", value: "alert"),
                        .attribute(named: "tabindex", value: "-1"),
                        .h2(.text(t(T.programmeImportFailed))), .p(.text(message)))
                },
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/programme/import"),
                    .attribute(named: "enctype", value: "multipart/form-data"),
                    Components.csrfField(ctx),
                    .div(
                        .class("field"),
                        .label(.for("f-file"), .text(t(T.programmeImportFile))),
                        .p(.class("hint"), .id("h-file"), .text(t(T.programmeImportHint))),
                        .input(
                            .id("f-file"), .name("file"), .type(.file), .attribute(named: "accept", value: ".csv,text/csv"),
                            .attribute(named: "aria-describedby", value: "h-file"))),
                    .button(.class("button primary"), .type(.submit), .text(t(T.programmeImportButton)))
                ),
                .section(
                    .h2(.text(t(T.programmeImportColumns))),
                    .pre(
                        .code(
                            .text(
                                ProgrammeImport.required.joined(separator: ",") + ","
                                    + ProgrammeImport.optional.joined(separator: ",")))),
                    .p(.class("muted"), .text(t(T.programmeImportColumnsText)))),
            ])
    }
}
