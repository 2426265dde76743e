import DieuHanhCore
import Plot
import Vapor

enum CalendarPage {
    struct Form: Content {
        var from: String?
        var to: String?
        var kind: String?
        var note: String?
    }

    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus) -> Response {
        let t = ctx.t
        let isAdmin = ctx.role == .admin
        return Layout.response(
            ctx, title: t(T.calendarTitle, String(model.year)), section: .calendar, status: status,
            content: [
                Components.pageHeader(
                    t(T.calendarTitle, String(model.year)), lead: t(T.calendarLead),
                    actions: [
                        Components.linkButton("← \(model.year - 1)", href: "/calendar?year=\(model.year - 1)"),
                        Components.linkButton("\(model.year + 1) →", href: "/calendar?year=\(model.year + 1)"),
                    ]),
                .section(
                    .h2(.text(t(T.calendarStatutory))),
                    .ul(
                        .class("plain"),
                        .forEach(model.holidays) { holiday in
                            .li(
                                .strong(.text(VNFormat.date(holiday.date))),
                                .text(" " + weekday(holiday.date, t) + " — " + holiday.name))
                        })
                ),
                .section(
                    .h2(.text(t(T.calendarChanges))),
                    model.days.isEmpty
                        ? .p(.class("muted"), .text(t(T.calendarNoChanges)))
                        : .ul(
                            .class("plain"),
                            .forEach(model.days) { day in
                                .li(
                                    .strong(.text(CivilDate.parse(day.day).map(VNFormat.date) ?? day.day)),
                                    .text(
                                        " " + (CivilDate.parse(day.day).map { weekday($0, t) } ?? "") + " — "
                                            + t(
                                                day.kind == CalendarDay.Kind.makeUp.rawValue ? T.calendarMakeUp : T.calendarDayOff
                                            )
                                            + ": " + day.note),
                                    .if(
                                        isAdmin,
                                        Components.postButton(
                                            ctx, label: t(T.actionDelete), action: "/calendar/days/\(day.id!)/delete")))
                            })
                ),
                .if(isAdmin, addForm(ctx, model)),
            ])
    }

    private static func addForm(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let e = model.errors
        return .section(
            .h2(.text(t(T.calendarAdd))),
            Components.errorSummary(e, t),
            Components.form(
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/calendar/days"),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(ctx),
                .div(
                    .class("grid-2"),
                    Components.textField(
                        .init(
                            name: "from", label: t(T.filterFrom), value: model.form.from ?? "", required: true,
                            hint: t(T.dateHint), inputMode: "numeric", error: e.message(for: "from"))),
                    Components.textField(
                        .init(
                            name: "to", label: t(T.filterTo), value: model.form.to ?? "",
                            hint: t(T.calendarToHint), error: e.message(for: "to")))),
                Components.selectField(
                    .init(name: "kind", label: t(T.fieldKind), value: model.form.kind ?? "day_off"),
                    options: [(value: "day_off", label: t(T.calendarDayOff)), (value: "make_up", label: t(T.calendarMakeUp))]),
                Components.textField(
                    .init(
                        name: "note", label: t(T.fieldNote), value: model.form.note ?? "", required: true,
                        hint: t(T.calendarNoteHint), error: e.message(for: "note"))),
                .button(.class("button primary"), .type(.submit), .text(t(T.actionSave)))
            )
        )
    }

    static func weekday(_ date: CivilDate, _ t: Localizer) -> String {
        let names =
            t.language == .vi
            ? ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return "(" + names[date.weekday - 1] + ")"
    }
}
