import Foundation

/// Strings of the points addressed to many units.
extension T {
    static let pointTitle = L(vi: "Nội dung giao cho nhiều đơn vị", en: "Point addressed to many units")
    static let pointAddressees = L(vi: "Giao cho", en: "Addressed to")
    static let pointUnits = L(vi: "Tình hình thực hiện của từng đơn vị", en: "Each unit's status")
    static let pointSeeAll = L(vi: "Xem tình hình của {0} đơn vị", en: "See all {0} units")
    static let pointOnlyYours = L(
        vi: "Bảng chỉ liệt kê nhiệm vụ của đơn vị bạn; số liệu tổng hợp tính trên mọi đơn vị được giao.",
        en: "The table lists your unit's tasks only; the roll-up counts every unit.")
    static let fieldCompletedOn = L(vi: "Ngày hoàn thành", en: "Completed on")
    static let pointManyLeads = L(vi: "Giao thêm cho nhiều đơn vị", en: "Also assign to many units")
    static let pointManyLeadsHint = L(
        vi: "Mỗi đơn vị được chọn nhận một nhiệm vụ riêng với cùng nội dung và thời hạn.",
        en: "Each unit chosen gets its own task with the same content and deadline.")
    static let pointAllOfKind = L(vi: "Tất cả đơn vị theo loại", en: "All units of a kind")
    static let pointSearchUnits = L(vi: "Tìm đơn vị", en: "Find a unit")
    static let pointNoUnits = L(
        vi: "Không có đơn vị nào thuộc lựa chọn này hoạt động vào ngày giao.",
        en: "No unit of this choice works on the assigned date.")
    static let pointNoProvince = L(
        vi: "Không xác định được tỉnh của cơ quan giao để chọn đơn vị theo loại.",
        en: "The assigner's province is unknown, so units cannot be chosen by kind.")
}

/// The tasks list's filter on the assigned date.
extension T {
    static let fieldAssignedFrom = L(vi: "Giao từ ngày", en: "Assigned from")
    static let fieldAssignedTo = L(vi: "Giao đến ngày", en: "Assigned until")
}
