import Foundation

/// The strings of explanations (giải trình, DOMAIN §11): a leader asks, the lead unit answers.
extension T {
    static let actionRequestExplanation = L(vi: "Yêu cầu giải trình", en: "Ask for an explanation")
    static let actionExplain = L(vi: "Giải trình", en: "Explain")
    static let eventExplanationRequested = L(vi: "Yêu cầu giải trình", en: "Explanation asked")
    static let eventExplanationGiven = L(vi: "Đã giải trình", en: "Explanation given")
    static let fieldAnswerDue = L(vi: "Hạn giải trình", en: "Answer by")
    static let taskAnswerDueRequired = L(vi: "Nhập hạn giải trình.", en: "Enter the day the answer is due.")
    static let taskAnswerDueInPast = L(
        vi: "Hạn giải trình không được trước ngày hôm nay.", en: "The answer cannot be due before today.")
    static let explanationAnswerBy = L(vi: "hạn giải trình {0}", en: "answer by {0}")
    static let explanationTitle = L(vi: "Giải trình", en: "Explanation")
    static let explanationWaiting = L(
        vi: "Đang chờ đơn vị giải trình, hạn {0}", en: "Waiting for the unit's explanation, due {0}")
    static let explanationWaitingLate = L(
        vi: "Quá hạn giải trình (hạn {0})", en: "Explanation overdue (due {0})")
    static let explanationAnswered = L(vi: "Đã giải trình ngày {0}", en: "Explained on {0}")
    static let explanationTimes = L(vi: "{0} lần yêu cầu", en: "asked {0} times")
    static let inboxToExplain = L(vi: "Cần giải trình", en: "To explain")
    static let inboxToExplainEmpty = L(
        vi: "Không có nhiệm vụ nào lãnh đạo yêu cầu giải trình.", en: "No explanation is asked of your unit.")
    static let explanationFilter = L(vi: "Yêu cầu giải trình", en: "Explanation asked")
    static let explanationFilterOnly = L(
        vi: "Chỉ nhiệm vụ bị yêu cầu giải trình", en: "Only tasks with an explanation asked")
    static let explanationAskedNote = L(vi: "Nội dung cần giải trình", en: "What to explain")
    static let explanationAnswerNote = L(vi: "Nội dung giải trình", en: "The explanation")
}
