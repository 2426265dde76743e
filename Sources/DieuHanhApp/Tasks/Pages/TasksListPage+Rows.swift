import DieuHanhCore
import Plot

extension TasksListPage {
    /// The table's rows, written straight as HTML (`HTMLWriter`): the page's most repeated markup. The same
    /// elements Plot wrote: the task linked by its content, the document, the lead unit and the deadline labelled
    /// for the phone's card layout, the status tag (a cancelled task says when it was cancelled and why).
    static func rows(_ ctx: PageContext, _ model: Model, _ result: TaskQuery.Result) -> Node<HTML.TableContext> {
        let t = ctx.t
        let labels = (document: t(T.fieldDocument), lead: t(T.fieldLeadUnit), deadline: t(T.fieldDeadline))
        let noDeadline = t(T.noDeadline)
        var html = HTMLWriter(capacity: result.page.items.count * 480)
        for row in result.page.items {
            html.open("tr", class: rowClass(row))
            html.open("td")
            html.startTag("a")
            html.attribute("href", "/tasks/" + (row.task.id?.uuidString ?? ""))
            html.endTag()
            // Cut at 220 characters; text of at most 220 bytes is shorter than that (no walk over its characters).
            let content = row.task.content
            html.text(content.utf8.count <= 220 ? content : String(content.prefix(220)))
            html.close("a")
            if let focus = Labels.focusText(row.focus, t) {
                html.text(" ")
                html.element("span", class: Labels.focusClass, text: focus)
            }
            html.close("td")
            cell(&html, label: labels.document, result.documents[row.task.documentID]?.notation ?? "")
            cell(&html, label: labels.lead, model.unitNames[row.task.leadUnitID] ?? "")
            cell(&html, label: labels.deadline, row.snapshot.deadline.map(VNFormat.date) ?? noDeadline)
            html.open("td")
            if let cancellation = row.cancellation {
                html.element("span", class: Labels.cancelledClass, text: Labels.cancelledText(cancellation, t))
                if !cancellation.reason.isEmpty { html.element("p", class: "muted", text: cancellation.reason) }
            } else {
                let tag = Labels.statusTagParts(row.snapshot, dueSoon: row.dueSoon, t)
                html.element("span", class: tag.css, text: tag.text)
            }
            html.close("td")
            html.close("tr")
        }
        return html.node()
    }

    /// `<td data-label="…">text</td>`: the label heads the cell when the table turns into cards on a phone.
    private static func cell(_ html: inout HTMLWriter, label: String, _ text: String) {
        html.startTag("td")
        html.attribute("data-label", label)
        html.endTag()
        html.text(text)
        html.close("td")
    }

    private static func rowClass(_ row: TaskQuery.Row) -> String {
        if row.snapshot.bucket == .pendingOverdue { return "row-overdue" }
        if row.dueSoon { return "row-due-soon" }
        return ""
    }
}
