import Foundation

/// The sentences of the review report that carry figures, worded as provincial reports word them (seed 001:
/// "… đã triển khai 46/46 nhiệm vụ, đã hoàn thành 42 nhiệm vụ (đạt 91,3%), còn lại 04 nhiệm vụ đang thực hiện
/// (không có nhiệm vụ quá hạn)"). Counts below ten keep their leading zero; every rate names what it divides.
public enum ReviewProse {
    /// The headline on tasks from one source, e.g. "Chính phủ, Thủ tướng Chính phủ". `started` is how many were put
    /// in hand (đã triển khai, DOMAIN §3: delegated, or any step recorded after the assignment), counted from the
    /// facts; without it every task is taken as put in hand.
    public static func tasks(_ counts: TaskCounts, started: Int? = nil, documents: Int, source: String) -> String {
        guard counts.total > 0 else {
            return "Trong kỳ, không có nhiệm vụ do \(source) giao."
        }
        var text =
            "Tổng số văn bản giao nhiệm vụ của \(source) trong kỳ là \(VNFormat.count(documents)) văn bản; "
            + "đối với \(VNFormat.count(counts.total)) nhiệm vụ, "
            + "đã triển khai \(min(started ?? counts.total, counts.total))/\(counts.total) nhiệm vụ, "
            + "đã hoàn thành \(VNFormat.count(counts.completed)) nhiệm vụ"
        if let rate = VNFormat.percent(counts.completed, of: counts.total) {
            text += " (đạt \(rate)"
            if counts.completedLate > 0 {
                text +=
                    "; \(VNFormat.count(counts.completedOnTime)) nhiệm vụ đúng hạn, \(VNFormat.count(counts.completedLate)) nhiệm vụ quá hạn"
            }
            text += ")"
        }
        if counts.pending == 0 {
            text += ", không còn nhiệm vụ đang thực hiện"
        } else {
            text += ", còn lại \(VNFormat.count(counts.pending)) nhiệm vụ đang thực hiện ("
            text +=
                counts.pendingOverdue == 0
                ? "không có nhiệm vụ quá hạn"
                : "trong đó \(VNFormat.count(counts.pendingOverdue)) nhiệm vụ quá hạn"
            if counts.pendingNoDeadline > 0 {
                text += "; \(VNFormat.count(counts.pendingNoDeadline)) nhiệm vụ không thời hạn"
            }
            text += ")"
        }
        return text + "."
    }

    /// The tasks carried over into the period (DOMAIN §3), as of the cut-off: "Các nhiệm vụ từ kỳ trước chuyển sang: 05
    /// nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao; đến nay đã hoàn thành 02 nhiệm vụ, còn 03 nhiệm vụ đang thực
    /// hiện (trong đó 01 nhiệm vụ quá hạn)." nil when there are none.
    public static func carriedOver(_ counts: TaskCounts, source: String) -> String? {
        guard counts.total > 0 else { return nil }
        var text =
            "Các nhiệm vụ từ kỳ trước chuyển sang: \(VNFormat.count(counts.total)) nhiệm vụ do \(source) giao; đến nay "
        if counts.completed > 0 { text += "đã hoàn thành \(VNFormat.count(counts.completed)) nhiệm vụ" }
        if counts.completed > 0 && counts.pending > 0 { text += ", " }
        if counts.pending > 0 {
            text += "còn \(VNFormat.count(counts.pending)) nhiệm vụ đang thực hiện"
            if counts.pendingOverdue > 0 { text += " (trong đó \(VNFormat.count(counts.pendingOverdue)) nhiệm vụ quá hạn)" }
        }
        return text + "."
    }

    /// Who is late: "Các đơn vị còn nhiệm vụ quá hạn: Sở Tài chính (03), Sở Y tế (01)." — largest first.
    public static func lateUnits(_ units: [(name: String, overdue: Int)]) -> String {
        let late = units.filter { $0.overdue > 0 }
            .sorted { ($0.overdue, VietnameseText.sortKey($1.name)) > ($1.overdue, VietnameseText.sortKey($0.name)) }
        guard !late.isEmpty else { return "Không có đơn vị nào còn nhiệm vụ quá hạn." }
        return "Các đơn vị còn nhiệm vụ quá hạn: "
            + late.map { "\($0.name) (\(VNFormat.count($0.overdue)))" }
            .joined(separator: ", ") + "."
    }
}
