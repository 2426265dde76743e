import Foundation

/// The strings of focal tasks and of cancelled tasks in the lists.
extension T {
    static let focusMarker = L(vi: "★ Trọng tâm", en: "★ Focal")
    static let focusTitle = L(vi: "Nhiệm vụ trọng tâm", en: "Focal task")
    static let focusFocal = L(vi: "Trọng tâm", en: "Focal")
    static let focusPriority = L(vi: "Mức ưu tiên", en: "Priority")
    static let focusPriorityNone = L(vi: "Không xếp mức", en: "None")
    static let focusMarkLabel = L(vi: "Là nhiệm vụ trọng tâm", en: "This is a focal task")
    static let focusSave = L(vi: "Lưu đánh dấu", en: "Save")
    static let focusSaved = L(vi: "Đã lưu đánh dấu trọng tâm, mức ưu tiên.", en: "Marking saved.")
    static let focusUnchanged = L(vi: "Đánh dấu không thay đổi.", en: "Nothing changed.")
    static let focusPriorityInvalid = L(
        vi: "Mức ưu tiên “{0}” không có; hãy chọn Cao, Trung bình, Thấp hoặc để trống.",
        en: "Unknown priority “{0}”; choose high, medium, low or none.")
    static let focusOnly = L(vi: "Chỉ nhiệm vụ trọng tâm", en: "Focal tasks only")
    static let sortPriority = L(vi: "Trọng tâm, ưu tiên", en: "Focal, priority")
    static let statusCancelled = L(vi: "Đã hủy", en: "Cancelled")
    static let cancelledOnText = L(vi: "Đã hủy ngày {0}", en: "Cancelled on {0}")
    static let exportCancelledOn = L(vi: "Ngày hủy", en: "Cancelled on")
    static let exportCancelReason = L(vi: "Lý do hủy", en: "Reason")
}
