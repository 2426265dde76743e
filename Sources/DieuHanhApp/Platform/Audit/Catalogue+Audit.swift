import Foundation

/// The Audit module's interface strings (the catalogue `T` is one type, split by module).
extension T {
    // MARK: Audit
    static let auditTitle = L(vi: "Nhật ký thay đổi", en: "Audit log")
    static let auditLead = L(
        vi: "Mọi thay đổi dữ liệu: ai, khi nào, trước và sau. Chỉ ghi thêm; mỗi mục mang mã băm của mục trước.",
        en: "Every change: who, when, before and after. Append-only; each entry carries the previous entry's hash.")
    static let auditWhen = L(vi: "Thời điểm", en: "When")
    static let auditActor = L(vi: "Người thực hiện", en: "By")
    static let auditAction = L(vi: "Thao tác", en: "Action")
    static let auditEntity = L(vi: "Đối tượng", en: "Object")
    static let auditSummary = L(vi: "Nội dung", en: "Summary")
    static let auditHistory = L(vi: "Lịch sử thay đổi", en: "History")
    static let auditEntryTitle = L(vi: "Mục nhật ký số {0}", en: "Audit entry {0}")
    static let auditBefore = L(vi: "Trước", en: "Before")
    static let auditAfter = L(vi: "Sau", en: "After")
    static let auditHash = L(vi: "Mã băm", en: "Hash")
    static let auditPrevHash = L(vi: "Mã băm mục trước", en: "Previous hash")
    static let auditEmptyTitle = L(vi: "Chưa có thay đổi nào", en: "No changes yet")
    static let auditEmptyText = L(vi: "Không có mục nhật ký nào khớp bộ lọc.", en: "No entry matches the filters.")
    static let entityUnit = L(vi: "Đơn vị", en: "Unit")
    static let entityUser = L(vi: "Người dùng", en: "User")
    static let actionCreate = L(vi: "Tạo mới", en: "Created")
    static let actionUpdate = L(vi: "Cập nhật", en: "Updated")
    static let actionClose = L(vi: "Đóng", en: "Closed")
    static let actionMove = L(vi: "Chuyển", en: "Moved")
    static let actionResetPassword = L(vi: "Đặt lại mật khẩu", en: "Password reset")
    static let actionChangePassword = L(vi: "Đổi mật khẩu", en: "Password changed")
    static let actionActivate = L(vi: "Mở khóa", en: "Activated")
    static let actionDeactivate = L(vi: "Khóa", en: "Deactivated")
    static let actionImport = L(vi: "Nhập dữ liệu", en: "Imported")
}
