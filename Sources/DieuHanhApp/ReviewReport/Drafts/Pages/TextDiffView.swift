import Plot

/// What a save changed from the one before it.
enum TextDiffView {
    static func nodes(old: String, new: String) -> BodyNode {
        .div(.class("report-text"), ReviewReportHTML.writtenNodes(new))
    }
}
