import Foundation

/// The interface strings of plans for several years (kế hoạch 5 năm).
extension T {
    static let indPlansLink = L(vi: "Kế hoạch 5 năm", en: "Five-year plans")
    static let indPlansTitle = L(vi: "Chỉ tiêu kế hoạch giai đoạn {0}", en: "Plan targets {0}")
    static let indPlansTitleNone = L(vi: "Chỉ tiêu kế hoạch giai đoạn", en: "Multi-year plan targets")
    static let indPlansLead = L(
        vi:
            "Mục tiêu của kế hoạch giai đoạn theo nghị quyết HĐND tỉnh, đánh giá từ số liệu từng năm đã ghi nhận đến hết ngày {0}.",
        en: "The council's targets for the period, judged on each year's figures recorded up to the end of {0}.")
    static let indPlansField = L(vi: "Giai đoạn", en: "Period")
    static let indPlanPeriodInvalid = L(
        vi: "Giai đoạn không hợp lệ: ghi năm đầu - năm cuối (2021-2025), năm đầu trước năm cuối, không quá 10 năm.",
        en: "Not a period: write first year - last year (2021-2025), the first before the last, at most 10 years.")
    static let indPlansCaption = L(
        vi: "Kết quả thực hiện các chỉ tiêu kế hoạch giai đoạn {0}, số liệu đến hết ngày {1}",
        en: "Plan targets {0}, figures recorded up to {1}")
    static let indPlansColResult = L(vi: "Kết quả giai đoạn", en: "Result so far")
    static let indPlansColTarget = L(vi: "Mục tiêu giai đoạn", en: "Target for the period")
    static let indPlansColYear = L(vi: "Năm {0}", en: "{0}")
    static let indPlansYearsCovered = L(vi: "{0}/{1} năm có số liệu", en: "{0} of {1} years with figures")
    static let indPlansEmptyTitle = L(vi: "Chưa có mục tiêu kế hoạch giai đoạn {0}", en: "No targets for {0}")
    static let indPlansEmptyTitleNone = L(vi: "Chưa có kế hoạch giai đoạn nào", en: "No multi-year plan yet")
    static let indPlansEmptyManager = L(
        vi:
            "Mục tiêu kế hoạch giai đoạn được nạp cùng danh mục chỉ tiêu theo nghị quyết của HĐND tỉnh. Đề nghị quản trị hệ thống nạp tệp chỉ tiêu có các dòng của giai đoạn; số liệu từng năm đã nhập sẽ được tổng hợp tại đây.",
        en:
            "The period's targets are loaded with the indicators of the council's resolution. Ask the administrator to load the indicators file with the period's rows; each year's figures are then summed up here."
    )
    static let indPlansEmptyReader = L(
        vi: "Văn phòng UBND tỉnh chưa nạp mục tiêu của giai đoạn này. Chọn giai đoạn khác ở trên, hoặc xem kết quả từng năm.",
        en: "The office has not loaded this period's targets yet. Pick another period above, or see each year's results.")
    static let indPlansYearTable = L(vi: "Xem kết quả từng năm", en: "See each year's results")
    static let indPlansRuleNote = L(
        vi:
            "Số liệu mỗi năm được xác định như trong bảng kết quả năm. Đạt / không đạt chỉ được đánh giá khi có số liệu cả năm cuối của giai đoạn (chỉ tiêu cộng dồn: số liệu cả năm của mọi năm). Trước đó, chỉ tiêu cộng dồn “có nguy cơ không đạt” khi tỷ lệ thực hiện so với mục tiêu thấp hơn tỷ lệ thời gian đã có số liệu; tốc độ tăng bình quân và chỉ tiêu năm cuối “có nguy cơ không đạt” khi kết quả đến nay chưa đạt mục tiêu. Tốc độ tăng bình quân là bình quân nhân của tốc độ tăng các năm có số liệu, làm tròn một chữ số thập phân.",
        en:
            "Each year's figure is the one the year's table shows. Met / not met is judged once the last year's figure is in (summed indicators: every year's). Before that, a summed indicator is “at risk” when its share of the target is behind the share of the time its figures cover; an average growth or a last year's level when the result so far does not meet the target. The average growth is the geometric mean of the yearly growths, to one decimal."
    )
    static let indPagePlansTitle = L(vi: "Kế hoạch giai đoạn", en: "Multi-year plans")
    static let indPagePlansPeriod = L(vi: "Giai đoạn", en: "Period")
}

extension T {
    static let indPlanFormTitle = L(vi: "Mục tiêu kế hoạch giai đoạn", en: "Target for a multi-year plan")
    static let indPlanFieldPeriod = L(vi: "Giai đoạn (năm đầu - năm cuối)", en: "Period (first year - last year)")
    static let indPlanFieldPeriodHint = L(
        vi: "Ghi như 2021-2025. Giai đoạn đã có mục tiêu thì mục tiêu được sửa.",
        en: "Such as 2021-2025. A period that has a target gets it corrected.")
    static let indPlanFieldMethod = L(vi: "Cách tính kết quả giai đoạn", en: "How the period's result is built")
    static let indPlanMethodImplied = L(vi: "Theo loại chỉ tiêu", en: "As the indicator implies")
    static let indPlanMethodSum = L(vi: "Tổng các năm", en: "Sum of the years")
    static let indPlanMethodLastYear = L(vi: "Số liệu năm cuối giai đoạn", en: "The last year's figure")
    static let indPlanMethodAverageGrowth = L(
        vi: "Tốc độ tăng bình quân (%/năm)", en: "Average growth (% a year)")
    static let indPlanFieldTarget = L(vi: "Mục tiêu giai đoạn ({0})", en: "Target for the period ({0})")
    static let indPlanFieldTargetHint = L(
        vi: "Với tốc độ tăng bình quân: số phần trăm mỗi năm.", en: "For an average growth: the percentage a year.")
    static let indPlanMethodInvalid = L(
        vi: "Cách tính này không dùng được cho chỉ tiêu này.", en: "This method does not fit this indicator.")
    static let indPlanTargetRequired = L(vi: "Nhập mục tiêu của giai đoạn.", en: "Enter the period's target.")
    static let indPlanSave = L(vi: "Lưu mục tiêu giai đoạn", en: "Save the period's target")
    static let indPlanSaved = L(vi: "Đã lưu mục tiêu {0}.", en: "Saved the target for {0}.")
}
