import DieuHanhCore
import Plot
import Vapor

/// `/tasks/tracker`: the upload of the national tracker's export, and the office's mapping of its columns and unit
/// names when there is none yet or the file needs more (DOMAIN §12).
enum TrackerPage {
    struct Upload {
        var saved: TrackerMapping?
        var setBy: String?
        var failure: String?
    }

    struct Mapping {
        var fileName: String
        /// The stored upload, so that the file is not sent twice.
        var token: String
        var sheet: TrackerImport.Sheet
        var mapping: TrackerMapping
        /// Names of the file that match none of our units, each with the code typed for it.
        var unknownUnits: [(name: String, code: String)]
        var units: [OrgUnit]
        var errors: [FieldError] = []
        var failure: String?
    }

    static func upload(_ ctx: PageContext, _ model: Upload, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.trackerTitle), section: .tasks, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/tasks"), .text(t(T.tasksTitle)))),
                Components.pageHeader(t(T.trackerTitle), lead: t(T.trackerLead)),
                failure(ctx, model.failure),
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/tasks/tracker"),
                    .attribute(named: "enctype", value: "multipart/form-data"),
                    Components.csrfField(ctx),
                    .div(
                        .class("field"),
                        .label(.for("f-file"), .text(t(T.trackerFile))),
                        .p(.class("hint"), .id("h-file"), .text(t(T.trackerFileHint))),
                        .input(
                            .id("f-file"), .name("file"), .type(.file),
                            .attribute(
                                named: "accept",
                                value: ".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                            .attribute(named: "aria-describedby", value: "h-file"))),
                    .button(.class("button primary"), .type(.submit), .text(t(T.trackerUpload)))),
                .unwrap(model.saved) { saved in
                    .section(
                        .h2(.text(t(T.trackerSaved))),
                        .dl(
                            .class("facts"),
                            .forEach(TrackerField.allCases.filter { saved.columns[$0] != nil }) { field in
                                .group(
                                    .dt(.text(field.label)), .dd(.text(t(T.trackerColumnOf, saved.columns[field] ?? ""))))
                            }),
                        .unwrap(model.setBy) { .p(.class("muted"), .text(t(T.trackerSavedBy, $0))) })
                },
            ])
    }

    static func mapping(_ ctx: PageContext, _ model: Mapping, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        let m = model.mapping
        let headers = model.sheet.header.filter { !$0.isEmpty }
        let unitOptions = model.units.map { (value: $0.code, label: "\($0.name) (\($0.code))") }
        return Layout.response(
            ctx, title: t(T.trackerTitle), section: .tasks, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/tasks"), .text(t(T.tasksTitle)))),
                Components.pageHeader(
                    t(T.trackerMapTitle),
                    lead: t(
                        T.trackerMapLead, model.fileName, String(model.sheet.headerLine),
                        VNFormat.integer(model.sheet.rows.count))),
                failure(ctx, model.failure),
                Components.errorSummary(model.errors, t),
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/tasks/tracker/mapping"),
                    .attribute(named: "novalidate", value: "novalidate"),
                    Components.csrfField(ctx),
                    .input(.type(.hidden), .name("token"), .value(model.token)),
                    .input(.type(.hidden), .name("file_name"), .value(model.fileName)),
                    .div(
                        .class("grid-2"),
                        .forEach(TrackerField.allCases) { field in
                            Components.selectField(
                                .init(
                                    name: "column_\(field.rawValue)", label: field.label, value: m.columns[field] ?? "",
                                    required: field.isRequired, error: model.errors.message(for: "column_\(field.rawValue)")),
                                options: [(value: "", label: t(T.trackerNoColumn))] + headers.map { (value: $0, label: $0) })
                        }),
                    Components.fieldset(
                        .element(named: "legend", text: t(T.trackerDefaults)),
                        .div(
                            .class("grid-2"),
                            Components.selectField(
                                .init(
                                    name: "default_assigner", label: t(T.trackerDefaultAssigner), value: m.defaultAssigner ?? ""),
                                options: [(value: "", label: t(T.trackerNone))] + unitOptions),
                            Components.selectField(
                                .init(name: "default_lead", label: t(T.trackerDefaultLead), value: m.defaultLead ?? ""),
                                options: [(value: "", label: t(T.trackerNone))] + unitOptions))),
                    .if(
                        !model.unknownUnits.isEmpty,
                        Components.fieldset(
                            .element(named: "legend", text: t(T.trackerUnitsTitle)),
                            .p(.class("hint"), .text(t(T.trackerUnitsLead))),
                            .input(.type(.hidden), .name("unit_count"), .value(String(model.unknownUnits.count))),
                            .div(
                                .class("grid-2"),
                                .forEach(Array(model.unknownUnits.enumerated())) { index, unit in
                                    .group(
                                        .input(.type(.hidden), .name("unit_name_\(index)"), .value(unit.name)),
                                        Components.selectField(
                                            .init(
                                                name: "unit_code_\(index)", label: unit.name, value: unit.code, required: true,
                                                error: model.errors.message(for: "unit_code_\(index)")),
                                            options: [(value: "", label: t(T.trackerUnitChoose))] + unitOptions))
                                }))),
                    .div(
                        .class("form-actions"),
                        .button(.class("button primary"), .type(.submit), .text(t(T.trackerSave))),
                        .a(.class("button"), .href("/tasks/tracker"), .text(t(T.actionCancel))))),
            ])
    }

    private static func failure(_ ctx: PageContext, _ message: String?) -> BodyNode {
        .unwrap(message) { message in
            .div(
                .class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"),
                .h2(.text(ctx.t(T.trackerFailed))), .p(.text(message)))
        }
    }
}
