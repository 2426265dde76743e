import DieuHanhCore
import Foundation

/// The strings of the office's documents-and-meetings counts.
extension T {
    static let countsTitle = L(vi: "Số liệu văn bản, cuộc họp", en: "Documents and meetings")
    static let countsLink = L(vi: "Nhập số liệu văn bản, cuộc họp", en: "Enter documents and meetings")
    static let countsLead = L(
        vi: "Số văn bản đi, văn bản đến và cuộc họp từ {0} đến {1} lấy từ hệ thống quản lý văn bản, cộng với số đã ghi "
            + "nhận trên hệ thống này. Để trống ô nào không có số liệu.",
        en: "Documents issued and received and meetings from {0} to {1} taken from the document management system, "
            + "added to those recorded here. Leave a box empty when there is no figure.")
    static let countsChoosePeriod = L(
        vi: "Chọn kỳ báo cáo để nhập số liệu.", en: "Choose the report's period to enter its figures.")
    static let countsIssued = L(vi: "Văn bản đi theo loại", en: "Documents issued by type")
    static let countsReceived = L(vi: "Văn bản đến", en: "Documents received")
    static let countsReceivedLabel = L(vi: "Số văn bản đến đã tiếp nhận, xử lý", en: "Documents received and handled")
    static let countsMeetings = L(vi: "Cuộc họp theo loại", en: "Meetings by kind")
    static let countsRecorded = L(vi: "Đã ghi nhận trên hệ thống: {0}", en: "Recorded here: {0}")
    static let countsInvalid = L(
        vi: "“{0}” không phải số nguyên từ 0 đến 9.999.999; để trống nếu không có số liệu.",
        en: "“{0}” is not a whole number from 0 to 9,999,999; leave it empty when there is no figure.")
    static let countsSave = L(vi: "Lưu số liệu", en: "Save the figures")
    static let countsSaved = L(
        vi: "Đã lưu số liệu văn bản, cuộc họp từ {0} đến {1}.", en: "The figures from {0} to {1} are saved.")
    static let countsBackToReport = L(vi: "Xem báo cáo", en: "See the report")
    static let countsOther = L(vi: "Văn bản khác", en: "Other documents")
    static let countsOtherHint = L(
        vi: "Các loại văn bản còn lại: chỉ tính vào tổng số văn bản đi", en: "Every other type: counted only in the total")
    static let countsImport = L(vi: "Nhập từ tệp CSV", en: "Import a CSV file")
    static let countsImportLead = L(
        vi: "Mỗi dòng một số liệu của một kỳ báo cáo; số liệu đã nhập cho cùng kỳ, loại và mã được thay bằng số mới. Tệp "
            + "có dòng sai thì không dòng nào được ghi.",
        en: "One figure of one report period a line; a figure entered before for the same period, category and code "
            + "is replaced. If any line is wrong, nothing is written.")
    static let countsImportFile = L(vi: "Tệp CSV", en: "CSV file")
    static let countsImportHint = L(
        vi: "Mã hóa UTF-8, dòng đầu là tên cột, ngày dạng dd/mm/yyyy", en: "UTF-8, a header row, dates as dd/mm/yyyy")
    static let countsImportButton = L(vi: "Nhập", en: "Import")
    static let countsImportNoFile = L(vi: "Chọn tệp CSV để nhập.", en: "Choose a CSV file to import.")
    static let countsImportFailed = L(vi: "Chưa nhập được tệp", en: "The file was not imported")
    static let countsImportError = L(
        vi: "{0}. Không có số liệu nào được ghi.", en: "{0}. Nothing was written.")
    static let countsImported = L(
        vi: "Đã nhập {0}: {1} số liệu mới, {2} thay đổi, {3} không đổi.",
        en: "Imported {0}: {1} new, {2} changed, {3} unchanged.")
    static let countsImportColumns = L(vi: "Các cột", en: "Columns")
    static let countsImportColumnsText = L(
        vi: "loai: van_ban_di, van_ban_den hoặc cuoc_hop. ma: loại văn bản đi (QPPL, QĐ, CT, KH, TTr, BC, TB, CV, KHAC), "
            + "để trống với văn bản đến, hoặc loại cuộc họp (thuong_ky, chuyen_de, bat_thuong, hoi_nghi, giao_ban, "
            + "lam_viec). so_luong: số nguyên, như 15.573.",
        en: "loai: van_ban_di, van_ban_den or cuoc_hop. ma: the type of document issued (QPPL, QĐ, CT, KH, TTr, BC, TB, "
            + "CV, KHAC), empty for documents received, or the kind of meeting (thuong_ky, chuyen_de, bat_thuong, "
            + "hoi_nghi, giao_ban, lam_viec). so_luong: a whole number, such as 15,573.")
}
