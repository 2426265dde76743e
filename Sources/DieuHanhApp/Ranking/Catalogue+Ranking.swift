import Foundation

/// Strings of the emulation ranking.
extension T {
    static let rankingTitle = L(vi: "Chấm điểm thi đua", en: "Emulation ranking")
    static let rankingLead = L(
        vi: "Điểm của từng đơn vị trong năm tính từ nhiệm vụ chủ trì, phối hợp và báo cáo, theo trọng số Văn phòng đặt.",
        en: "Each unit's score for the year from the tasks it leads and coordinates and the reports it sends.")
    static let rankingYear = L(vi: "Năm", en: "Year")
    static let rankingFormula = L(vi: "Cách tính điểm", en: "How the score is computed")
    static let rankingEmpty = L(
        vi: "Chưa có đơn vị nào có nhiệm vụ hoặc báo cáo đến hạn trong năm này. Chọn năm khác hoặc ngày chốt muộn hơn.",
        en: "No unit had a task or report due in this year. Pick another year or a later cut-off.")
    static let rankingUnscored = L(
        vi: "Đơn vị chưa có nhiệm vụ, báo cáo đến hạn (không xếp hạng): {0}", en: "Units with nothing due (not ranked): {0}")
    static let rankingRank = L(vi: "Hạng", en: "Rank")
    static let rankingLeadDue = L(vi: "Chủ trì đến hạn", en: "Led, due")
    static let rankingLeadOnTime = L(vi: "Đúng hạn", en: "On time")
    static let rankingLeadLate = L(vi: "Hoàn thành quá hạn", en: "Completed late")
    static let rankingLeadOverdue = L(vi: "Chưa hoàn thành quá hạn", en: "Overdue")
    static let rankingDaysLate = L(vi: "Số ngày trễ", en: "Days late")
    static let rankingExplanations = L(vi: "Bị yêu cầu giải trình", en: "Explanations asked")
    static let rankingCoordination = L(vi: "Phối hợp đến hạn (đúng hạn)", en: "Coordinated, due (on time)")
    static let rankingReports = L(vi: "Báo cáo đúng hạn / phải gửi", en: "Reports on time / due")
    static let rankingCompleted = L(vi: "Tỷ lệ hoàn thành", en: "Completed")
    static let rankingOnTime = L(vi: "Tỷ lệ đúng hạn", en: "On time")
    static let rankingScore = L(vi: "Điểm", en: "Score")
    static let rankingCommended = L(vi: "Đủ tiêu chuẩn khen thưởng", en: "Meets the commendation criteria")
    static let rankingSettings = L(vi: "Trọng số chấm điểm", en: "Weights")
    static let rankingSetBy = L(vi: "Cập nhật bởi {0} ngày {1}.", en: "Set by {0} on {1}.")
    static let rankingDefaults = L(vi: "Đang dùng trọng số mặc định.", en: "The default weights are in use.")
    static let rankingSaved = L(vi: "Đã lưu trọng số chấm điểm.", en: "The weights are saved.")
    static let rankingWeightLead = L(vi: "Trọng số nhiệm vụ chủ trì", en: "Weight of a led task")
    static let rankingWeightCoordination = L(vi: "Trọng số nhiệm vụ phối hợp", en: "Weight of a coordinated task")
    static let rankingWeightLate = L(vi: "Điểm cho việc hoàn thành quá hạn (0–1)", en: "Credit of a late completion (0–1)")
    static let rankingWeightDay = L(vi: "Điểm trừ mỗi ngày trễ", en: "Points off per day late")
    static let rankingWeightExplanation = L(
        vi: "Điểm trừ mỗi nhiệm vụ phải giải trình", en: "Points off per task explained")
    static let rankingWeightReports = L(vi: "Tỷ trọng báo cáo (%)", en: "Share of reports (%)")
    static let rankingWeightCompleted = L(vi: "Ngưỡng tỷ lệ hoàn thành (%)", en: "Completed threshold (%)")
    static let rankingWeightOnTime = L(vi: "Ngưỡng tỷ lệ đúng hạn (%)", en: "On-time threshold (%)")
    static let rankingNumberInvalid = L(
        vi: "Nhập một số; phần thập phân viết sau dấu phẩy.", en: "Enter a number; decimals after a comma.")
}

extension T {
    static let rankingShow = L(vi: "Xem", en: "Show")
    static let rankingExport = L(vi: "Tải XLSX", en: "Download XLSX")
    static let rankingYes = L(vi: "Có", en: "Yes")
}
