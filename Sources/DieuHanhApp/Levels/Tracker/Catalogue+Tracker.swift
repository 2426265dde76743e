import Foundation

/// The strings of the national tracker's import (DOMAIN §12).
extension T {
    static let trackerTitle = L(
        vi: "Nhập từ hệ thống theo dõi nhiệm vụ của Chính phủ", en: "Import from the Government's task tracker")
    static let trackerLink = L(vi: "Nhập từ hệ thống của Chính phủ", en: "Import from the Government's tracker")
    static let trackerLead = L(
        vi: "Tải lên tệp Excel (.xlsx) hoặc CSV xuất từ Hệ thống cơ sở dữ liệu theo dõi nhiệm vụ của Chính phủ. Lần đầu, "
            + "Văn phòng chọn cột nào chứa thông tin nào; những lần sau tệp được đọc theo cách đã lưu. Mỗi nhiệm vụ "
            + "được nhận biết theo mã của hệ thống, nên nhập lại cùng một tệp không làm thay đổi gì.",
        en: "Upload an Excel (.xlsx) or CSV export of the Government's task tracker. The first time, the office says "
            + "which column holds what; later exports are read the same way. Each task is known by the tracker's id, "
            + "so importing the same file again changes nothing.")
    static let trackerFile = L(vi: "Tệp xuất từ hệ thống", en: "The tracker's export")
    static let trackerFileHint = L(vi: "Excel (.xlsx) hoặc CSV, tối đa 10 MB.", en: "Excel (.xlsx) or CSV, at most 10 MB.")
    static let trackerUpload = L(vi: "Tải lên và nhập", en: "Upload and import")
    static let trackerNoFile = L(vi: "Vui lòng chọn tệp xuất từ hệ thống.", en: "Choose the tracker's export.")
    static let trackerFileGone = L(
        vi: "Tệp đã tải lên không còn trên máy chủ; vui lòng tải lên lại.", en: "The uploaded file is gone; upload it again.")
    static let trackerFailed = L(vi: "Chưa nhập được tệp", en: "The file was not imported")
    static let trackerMapTitle = L(vi: "Chọn cột cho từng thông tin", en: "Which column holds what")
    static let trackerMapLead = L(
        vi: "Tệp “{0}”: dòng tiêu đề là dòng {1}, có {2} dòng nhiệm vụ. Cách chọn này được lưu cho những lần nhập sau.",
        en: "File “{0}”: the header is line {1}, with {2} task rows. This choice is kept for later imports.")
    static let trackerNoColumn = L(vi: "— Không có cột này —", en: "— No such column —")
    static let trackerDefaults = L(vi: "Khi tệp không ghi", en: "When the file does not say")
    static let trackerDefaultAssigner = L(vi: "Cơ quan giao mặc định", en: "Default assigner")
    static let trackerDefaultLead = L(vi: "Đơn vị chủ trì mặc định", en: "Default lead unit")
    static let trackerNone = L(vi: "— Không —", en: "— None —")
    static let trackerUnitsTitle = L(vi: "Đơn vị trong tệp", en: "Units in the file")
    static let trackerUnitsLead = L(
        vi: "Các tên đơn vị sau không trùng với đơn vị nào trong DieuHanh. Chọn đơn vị tương ứng; lựa chọn được lưu.",
        en: "These unit names match no unit here. Pick the matching unit; the choice is kept.")
    static let trackerUnitChoose = L(vi: "— Chọn đơn vị —", en: "— Choose a unit —")
    static let trackerUnitRequired = L(vi: "Chọn đơn vị tương ứng.", en: "Choose the matching unit.")
    static let trackerSave = L(vi: "Lưu cách đọc và nhập", en: "Save and import")
    static let trackerSaved = L(vi: "Cách đọc tệp đang dùng", en: "The mapping in use")
    static let trackerSavedBy = L(vi: "Cập nhật lần cuối bởi {0}.", en: "Last set by {0}.")
    static let trackerColumnOf = L(vi: "cột “{0}”", en: "column “{0}”")
    static let trackerImported = L(
        vi: "Đã nhập tệp {0}: {1} nhiệm vụ mới, {2} cập nhật, {3} không đổi.",
        en: "Imported {0}: {1} new tasks, {2} updated, {3} unchanged.")
}
