import DieuHanhCore
import Plot
import Vapor

/// `/meetings/new` and `/meetings/{id}/edit`: one form. People are typed a line each in three boxes; units are
/// ticked from the tree, grouped by kind and folded so the form stays short on a phone.
enum MeetingFormPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        let title = ctx.t(model.meeting == nil ? T.meetingNew : T.meetingEdit)
        return Layout.response(ctx, title: title, section: .meetings, status: status, content: view(ctx, model, title: title))
    }

    static func view(_ ctx: PageContext, _ model: Model, title: String) -> [BodyNode] {
        let t = ctx.t
        let f = model.form
        let e = model.errors
        let action = model.meeting.map { "/meetings/\($0.id!)" } ?? "/meetings"
        let back = model.meeting.map { "/meetings/\($0.id!)" } ?? "/meetings"
        return [
            .p(.class("breadcrumb"), .a(.href("/meetings"), .text(t(T.meetingsTitle)))),
            Components.pageHeader(title),
            Components.errorSummary(e, t),
            Components.form(
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: action),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(ctx),
                .if(model.meeting != nil, .input(.type(.hidden), .name("version"), .value(f.version))),
                Components.fieldset(
                    .element(named: "legend", text: t(T.meetingFormWhat)),
                    Components.selectField(
                        .init(
                            name: "kind", label: t(T.meetingFieldKind), value: f.kind, required: true,
                            error: e.message(for: "kind")),
                        options: [(value: "", label: "—")] + MeetingLabels.kindOptions(t)),
                    Components.textArea(
                        name: "title", label: t(T.meetingFieldTitle), value: f.title, required: true,
                        error: e.message(for: "title")),
                    .div(
                        .class("grid-2"),
                        Components.textField(
                            .init(
                                name: "held_on", label: t(T.meetingFieldDate), value: f.heldOn, required: true,
                                hint: t(T.dateHint), inputMode: "numeric", error: e.message(for: "held_on"))),
                        Components.textField(
                            .init(
                                name: "start_time", label: t(T.meetingFieldTime), value: f.startTime, hint: t(T.meetingTimeHint),
                                inputMode: "numeric", error: e.message(for: "start_time")))),
                    Components.textField(
                        .init(name: "place", label: t(T.meetingFieldPlace), value: f.place, error: e.message(for: "place"))),
                    Components.textArea(
                        name: "online_points", label: t(T.meetingFieldOnline), value: f.onlinePoints,
                        hint: t(T.meetingOnlineHint), error: e.message(for: "online_points"))
                ),
                Components.fieldset(
                    .element(named: "legend", text: t(T.meetingFormWho)),
                    .div(
                        .class("grid-2"),
                        Components.textField(
                            .init(
                                name: "chair_name", label: t(T.meetingFieldChair), value: f.chairName, required: true,
                                error: e.message(for: "chair_name"))),
                        Components.textField(
                            .init(
                                name: "chair_title", label: t(T.meetingFieldChairTitle), value: f.chairTitle,
                                error: e.message(for: "chair_title")))),
                    Components.textArea(
                        name: "present", label: t(T.meetingFieldPresent), value: f.present, hint: t(T.meetingPresentHint),
                        error: e.message(for: "present")),
                    Components.textArea(
                        name: "absent", label: t(T.meetingFieldAbsent), value: f.absent, hint: t(T.meetingAbsentHint),
                        error: e.message(for: "absent")),
                    Components.textArea(
                        name: "deputy", label: t(T.meetingFieldDeputy), value: f.deputy, hint: t(T.meetingDeputyHint),
                        error: e.message(for: "deputy")),
                    units(ctx, model)
                ),
                Components.fieldset(
                    .element(named: "legend", text: t(T.meetingFormWhatAbout)),
                    Components.textArea(
                        name: "documents", label: t(T.meetingFieldDocuments), value: f.documents,
                        hint: t(T.meetingDocumentsHint), error: e.message(for: "documents")),
                    Components.textArea(
                        name: "discussed", label: t(T.meetingFieldDiscussed), value: f.discussed,
                        error: e.message(for: "discussed")),
                    Components.textArea(
                        name: "notes", label: t(T.meetingFieldNotes), value: f.notes, error: e.message(for: "notes"))
                ),
                .div(
                    .class("form-actions"),
                    .button(.class("button primary"), .type(.submit), .text(t(T.actionSave))),
                    .a(.class("button"), .href(back), .text(t(T.actionCancel))))
            ),
        ]
    }

    private static func units(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let picked = model.form.unitIDs
        let grouped = Dictionary(grouping: model.units, by: \.unitKind)
            .sorted { $0.key.rawValue < $1.key.rawValue }
        return .div(
            .class(model.errors.message(for: "units") == nil ? "field" : "field has-error"),
            .attribute(named: "id", value: "f-units"),
            .p(.strong(.text(t(T.meetingFieldUnits)))),
            .unwrap(model.errors.message(for: "units")) { .p(.class("field-error"), .text($0)) },
            .forEach(grouped) { kind, members in
                let open = members.contains { picked.contains($0.id!.uuidString) }
                return .element(
                    named: "details",
                    nodes: [
                        .attribute(named: "open", value: open ? "open" : nil),
                        .element(
                            named: "summary",
                            text: Labels.unitKind(kind, t) + " (" + VNFormat.integer(members.count) + ")"),
                        .div(
                            .class("grid-3"),
                            .forEach(members) { unit in
                                .div(
                                    .class("field checkbox"),
                                    .input(
                                        .type(.checkbox), .id("unit-\(unit.id!)"), .name("unit_\(unit.id!)"), .value("on"),
                                        .attribute(
                                            named: "checked", value: picked.contains(unit.id!.uuidString) ? "checked" : nil)),
                                    .label(.for("unit-\(unit.id!)"), .text(unit.name)))
                            }),
                    ])
            }
        )
    }
}
