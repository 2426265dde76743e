import Foundation

/// Interface strings for what a figure carries besides its value: a rank's score, a distribution's classes.
extension T {
    static let indFieldScore = L(vi: "Điểm số (nếu có)", en: "Score (if any)")
    static let indScoreHint = L(vi: "Điểm của tỉnh trong bảng xếp hạng, viết 65,52", en: "The province's score in the ranking")
    static let indScoreOnlyRank = L(
        vi: "Chỉ chỉ tiêu thứ hạng mới có điểm số.", en: "Only a ranking indicator has a score.")
    static let indFieldClasses = L(vi: "Phân loại theo nhóm (nếu có)", en: "Counts by class (if any)")
    static let indClassesHint = L(
        vi:
            "Mỗi dòng một nhóm: tên nhóm, dấu hai chấm, số lượng. Giá trị là số bình quân; bỏ trống thì được tính khi mỗi nhóm là một số.",
        en:
            "One class per line: its name, a colon, the count. The value is the average; left empty it is computed when each class is one number."
    )
    static let indClassesInvalid = L(vi: "Phân loại chưa đúng: {0}.", en: "The classes are not right: {0}.")
    static let indClassesTitle = L(vi: "Phân loại theo nhóm", en: "Counts by class")
    static let indColClass = L(vi: "Nhóm", en: "Class")
    static let indColCount = L(vi: "Số lượng", en: "Count")
    static let indColCountPrevious = L(vi: "Cùng kỳ", en: "Same period last year")
    static let indColCountChange = L(vi: "Tăng (+), giảm (−)", en: "Change")
    static let indClassesTotal = L(vi: "Tổng cộng", en: "Total")
    static let indColScore = L(vi: "Điểm số", en: "Score")
    static let indFieldWhichTarget = L(vi: "Chỉ tiêu giao được điều chỉnh", en: "The target revised")
    static let indRevisionNoSuchTarget = L(
        vi: "Năm này chỉ tiêu không có loại chỉ tiêu giao đã chọn.", en: "This year has no target of that kind.")
    static let indColWhichTarget = L(vi: "Chỉ tiêu giao", en: "Target")
    static let indOriginalWas = L(vi: "ban đầu {0}", en: "originally {0}")
    static let indFieldTargetTerm = L(vi: "Báo cáo gọi chỉ tiêu giao là", en: "Reports call the target")
}
