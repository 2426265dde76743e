import DieuHanhCore
import Plot
import Vapor

/// `/meetings/{id}`: the meeting as a conclusion notice tells it (seed 004: who chaired, who attended, who was
/// away, who sent a deputy), what it heard, and its notice with the notice's tasks.
enum MeetingPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        let m = model.details.meeting
        return Layout.response(ctx, title: m.title, section: .meetings, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let d = model.details
        let m = d.meeting
        var actions: [BodyNode] = []
        if model.canManage {
            if model.notice == nil {
                actions.append(Components.linkButton(t(T.meetingEnterNotice), href: "/tasks/new?meeting=\(m.id!)", primary: true))
            }
            actions.append(Components.linkButton(t(T.actionEdit), href: "/meetings/\(m.id!)/edit"))
        }
        let when = VNFormat.date(m.heldDate) + (m.startTime.map { ", " + $0 } ?? "")
        return [
            .p(.class("breadcrumb"), .a(.href("/meetings"), .text(t(T.meetingsTitle)))),
            Components.pageHeader(m.title, lead: MeetingLabels.kind(m.meetingKind, t), actions: actions),
            .dl(
                .class("facts"),
                .dt(.text(t(T.meetingFieldDate))), .dd(.text(when)),
                .dt(.text(t(T.meetingFieldPlace))), .dd(.text(m.place.isEmpty ? "—" : m.place)),
                .if(
                    !m.onlinePoints.isEmpty,
                    .group(.dt(.text(t(T.meetingFieldOnline))), .dd(lines(m.onlinePoints)))),
                .dt(.text(t(T.meetingFieldUnits))),
                .dd(.text(model.unitNames.isEmpty ? "—" : model.unitNames.joined(separator: "; ")))
            ),
            .section(
                .h2(.text(t(T.meetingFormWho))),
                .h3(.text(t(T.meetingChaired))),
                .p(.text([m.chairName, m.chairTitle].filter { !$0.isEmpty }.joined(separator: " — "))),
                people(t(T.meetingFieldPresent), d.attendees.filter { $0.attendance == Attendance.present.rawValue }, t) {
                    $0.line.text
                },
                people(t(T.meetingFieldAbsent), d.attendees.filter { $0.attendance == Attendance.absent.rawValue }, t) {
                    [$0.name, $0.title].filter { !$0.isEmpty }.joined(separator: " — ")
                        + ($0.detail.isEmpty ? "" : " (" + t(T.meetingAbsentReason, $0.detail) + ")")
                },
                people(t(T.meetingFieldDeputy), d.attendees.filter { $0.attendance == Attendance.deputy.rawValue }, t) {
                    [$0.name, $0.title].filter { !$0.isEmpty }.joined(separator: " — ") + " (" + t(T.meetingDeputyName, $0.detail)
                        + ")"
                }
            ),
            .section(
                .h2(.text(t(T.meetingFormWhatAbout))),
                .if(
                    !d.documents.isEmpty,
                    .ul(
                        .forEach(d.documents) { doc in
                            .li(.a(.href("/documents/\(doc.id!)"), .text(doc.notation)), .text(" — " + doc.summary))
                        })),
                .if(!m.discussed.isEmpty, lines(m.discussed)),
                .if(d.documents.isEmpty && m.discussed.isEmpty, .p(.class("muted"), .text("—"))),
                .if(!m.notes.isEmpty, .group(.h3(.text(t(T.meetingFieldNotes))), lines(m.notes)))
            ),
            notice(ctx, model),
        ]
    }

    private static func people(_ heading: String, _ rows: [MeetingAttendee], _ t: Localizer, _ text: (MeetingAttendee) -> String)
        -> BodyNode
    {
        .group(
            .h3(.text(heading + " (" + VNFormat.integer(rows.count) + ")")),
            rows.isEmpty ? .p(.class("muted"), .text(t(T.meetingNobody))) : .ul(.forEach(rows) { .li(.text(text($0))) }))
    }

    private static func lines(_ text: String) -> BodyNode {
        .div(.forEach(text.split(whereSeparator: \.isNewline)) { .p(.text(String($0))) })
    }

    private static func notice(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        guard let notice = model.notice else {
            return .section(.h2(.text(t(T.meetingNotice))), .p(.class("muted"), .text(t(T.meetingNoNotice))))
        }
        return .section(
            .h2(.text(t(T.meetingNotice))),
            .p(
                .a(.href("/documents/\(notice.id!)"), .text(notice.notation)),
                .text(" " + t(T.meetingOnDate, VNFormat.date(notice.issuedDate)) + " — " + notice.summary)),
            .h3(.text(t(T.meetingNoticeTasks) + " (" + VNFormat.integer(model.tasks.count) + ")")),
            model.tasks.isEmpty
                ? .p(.class("muted"), .text(t(T.meetingNoTasks)))
                : .div(
                    .class("table-wrap"), .keyboardScrollable,
                    .table(
                        .class("data card-rows"),
                        .thead(
                            .tr(
                                .th(.text(t(T.fieldContent))), .th(.text(t(T.fieldLeadUnit))),
                                .th(.text(t(T.fieldDeadline))), .th(.text(t(T.fieldStatus))))),
                        .tbody(.forEach(model.tasks) { taskRow($0, t) })
                    ))
        )
    }

    private static func taskRow(_ row: (task: TaskItem, snapshot: TaskSnapshot?, lead: String), _ t: Localizer)
        -> Node<HTML.TableContext>
    {
        let deadline: CivilDate? = row.snapshot?.deadline ?? row.task.deadline.flatMap(CivilDate.parse)
        // A notice's task has been assigned by the time its meeting is shown: no status means it was cancelled.
        let status: BodyNode =
            row.snapshot.map { Labels.statusTag($0, dueSoon: false, t) }
            ?? .span(.class("tag tag-neutral"), .text(t(T.eventCancelled)))
        return .tr(
            .td(.a(.href("/tasks/\(row.task.id!)"), .text(row.task.content))),
            .td(.text(row.lead)),
            .td(.text(deadline.map(VNFormat.date) ?? "—")),
            .td(status))
    }
}
