import Foundation

/// The wording of an urging letter per Nghị định 30/2020 (a công văn: trích yếu under the number, "Kính gửi", the
/// body, Nơi nhận) and the note that tells a task was urged.
public enum UrgingText {
    /// The trích yếu a new letter starts from.
    public static let summary = "V/v đôn đốc thực hiện nhiệm vụ quá hạn"

    /// The columns of the letter's list of tasks.
    public static let columns = [
        "TT", "Văn bản giao nhiệm vụ", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Số ngày quá hạn",
    ]

    /// Nơi nhận a new letter starts from; "Như Kính gửi" stands for the units the letter is addressed to.
    public static let recipients = [
        "- Như Kính gửi;", "- Chủ tịch, các PCT UBND tỉnh;", "- CVP, các PCVP UBND tỉnh;", "- Lưu: VT, TH.",
    ]

    /// "Kính gửi:" lines: one unit on the same line; several as a list, each line ending in ";" and the last in ".".
    public static func addressees(_ names: [String]) -> [String] {
        let names = names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard names.count > 1 else { return names.map { $0 + "." } }
        return names.enumerated().map { index, name in "- " + name + (index == names.count - 1 ? "." : ";") }
    }

    /// The opening: how many tasks are overdue as of which day, and that the list follows.
    public static func opening(taskCount: Int, asOf date: CivilDate) -> String {
        "Qua theo dõi, tổng hợp của Văn phòng Ủy ban nhân dân tỉnh, đến hết ngày \(VNFormat.date(date)) còn "
            + "\(VNFormat.count(taskCount)) nhiệm vụ được giao đã quá thời hạn nhưng các cơ quan, đơn vị chưa hoàn "
            + "thành, chưa báo cáo kết quả thực hiện (chi tiết tại danh sách dưới đây)."
    }

    /// The closing request a new letter starts from; the letter adds the day to report by (`closing`).
    public static let request =
        "Để bảo đảm kỷ luật, kỷ cương hành chính, Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị nêu trên "
        + "khẩn trương chỉ đạo hoàn thành các nhiệm vụ được giao; báo cáo kết quả thực hiện, nêu rõ nguyên nhân chậm "
        + "trễ và trách nhiệm của tập thể, cá nhân liên quan, gửi Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân "
        + "tỉnh)"

    /// The closing paragraph: the office's request, the day to report by, and the "./." that ends a công văn.
    public static func closing(_ request: String, reportBy date: CivilDate) -> String {
        var text = request.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = text.last, [".", ";", ",", "/"].contains(last) { text.removeLast() }
        return text + " trước ngày " + VNFormat.date(date) + "./."
    }

    /// "Đã đôn đốc 2 lần (Công văn số 12/UBND-TH ngày 01/11/2026, số 20/UBND-TH ngày 15/11/2026)", oldest first;
    /// empty when never urged.
    public static func note(_ urgings: [(notation: String, date: CivilDate)]) -> String {
        guard !urgings.isEmpty else { return "" }
        let letters = urgings.sorted { ($0.date, $0.notation) < ($1.date, $1.notation) }
            .map { "số \($0.notation) ngày \(VNFormat.date($0.date))" }
        return "Đã đôn đốc \(urgings.count) lần (Công văn " + letters.joined(separator: ", ") + ")"
    }
}
