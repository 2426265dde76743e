import DieuHanhCore
import Foundation

/// The Meetings module's interface strings.
extension T {
    static let navMeetings = L(vi: "Cuộc họp", en: "Meetings")
    static let meetingsTitle = L(vi: "Cuộc họp, hội nghị", en: "Meetings and conferences")
    static let meetingsLead = L(
        vi: "Các cuộc họp, hội nghị từ {0} đến {1}, kèm thông báo kết luận.",
        en: "Meetings and conferences from {0} to {1}, with their conclusion notices.")
    static let meetingNew = L(vi: "Thêm cuộc họp", en: "Add a meeting")
    static let meetingEdit = L(vi: "Sửa cuộc họp", en: "Edit the meeting")
    static let meetingCreated = L(vi: "Đã lưu cuộc họp.", en: "The meeting is saved.")
    static let meetingSaved = L(vi: "Đã lưu thay đổi.", en: "The changes are saved.")
    static let meetingsCount = L(vi: "{0} cuộc họp", en: "{0} meetings")
    static let meetingsEmptyTitle = L(vi: "Chưa có cuộc họp nào trong thời gian này", en: "No meetings in this period")
    static let meetingsEmptyText = L(
        vi: "Chọn khoảng thời gian khác hoặc bỏ bớt điều kiện lọc. Văn phòng ghi cuộc họp sau khi họp bằng nút “Thêm cuộc họp”.",
        en: "Choose another period or fewer filters. The office records a meeting after it is held with “Add a meeting”.")
    static let meetingFrom = L(vi: "Từ ngày", en: "From")
    static let meetingTo = L(vi: "Đến ngày", en: "To")
    static let meetingSearch = L(vi: "Tìm theo tên, địa điểm, người chủ trì", en: "Search title, place, chair")

    static let meetingFieldKind = L(vi: "Loại cuộc họp", en: "Kind")
    static let meetingFieldTitle = L(vi: "Tên cuộc họp", en: "Title")
    static let meetingFieldDate = L(vi: "Ngày họp", en: "Date")
    static let meetingFieldTime = L(vi: "Giờ bắt đầu", en: "Start time")
    static let meetingTimeHint = L(vi: "Giờ:phút, như 08:00", en: "Hours:minutes, such as 08:00")
    static let meetingFieldPlace = L(vi: "Địa điểm", en: "Place")
    static let meetingFieldOnline = L(vi: "Điểm cầu trực tuyến", en: "Online points")
    static let meetingOnlineHint = L(vi: "Mỗi điểm cầu một dòng", en: "One point a line")
    static let meetingFieldChair = L(vi: "Người chủ trì", en: "Chaired by")
    static let meetingFieldChairTitle = L(vi: "Chức vụ người chủ trì", en: "Chair's title")
    static let meetingFieldPresent = L(vi: "Tham dự", en: "Present")
    static let meetingFieldAbsent = L(vi: "Vắng", en: "Absent")
    static let meetingFieldDeputy = L(vi: "Cử cấp phó dự thay", en: "Represented by a deputy")
    static let meetingPresentHint = L(vi: "Mỗi người một dòng: Họ tên — chức vụ", en: "One person a line: Name — title")
    static let meetingAbsentHint = L(
        vi: "Mỗi người một dòng: Họ tên — chức vụ — lý do vắng", en: "One person a line: Name — title — reason")
    static let meetingDeputyHint = L(
        vi: "Mỗi người một dòng: Họ tên — chức vụ — họ tên người dự thay",
        en: "One person a line: Name — title — the deputy's name")
    static let meetingFieldUnits = L(vi: "Đơn vị được mời", en: "Units invited")
    static let meetingFieldDocuments = L(vi: "Văn bản đưa ra thảo luận", en: "Documents discussed")
    static let meetingDocumentsHint = L(
        vi: "Số, ký hiệu của văn bản đã có trong hệ thống, mỗi văn bản một dòng",
        en: "Notations of documents already recorded, one a line")
    static let meetingFieldDiscussed = L(vi: "Nội dung thảo luận khác", en: "Other matters discussed")
    static let meetingFieldNotes = L(vi: "Ghi chú", en: "Notes")
    static let meetingFormWhat = L(vi: "Cuộc họp", en: "The meeting")
    static let meetingFormWho = L(vi: "Thành phần", en: "Who took part")
    static let meetingFormWhatAbout = L(vi: "Nội dung", en: "What it discussed")

    static let meetingChaired = L(vi: "Chủ trì", en: "Chaired by")
    static let meetingNotice = L(vi: "Thông báo kết luận", en: "Conclusion notice")
    static let meetingNoNotice = L(vi: "Chưa nhập thông báo kết luận.", en: "No conclusion notice yet.")
    static let meetingEnterNotice = L(vi: "Nhập thông báo kết luận", en: "Enter the conclusion notice")
    static let meetingNoticeTasks = L(vi: "Nhiệm vụ theo thông báo kết luận", en: "Tasks of the conclusion notice")
    static let meetingNoTasks = L(vi: "Thông báo chưa có nhiệm vụ nào.", en: "The notice has no tasks.")
    static let meetingOnDate = L(vi: "ngày {0}", en: "of {0}")
    static let meetingNobody = L(vi: "Không có", en: "None")
    static let meetingAbsentReason = L(vi: "lý do: {0}", en: "reason: {0}")
    static let meetingDeputyName = L(vi: "cử {0} dự thay", en: "sent {0}")
    static let meetingNoticeSummary = L(vi: "Kết luận của {0} tại {1}", en: "Conclusions of {0} at {1}")
    static let meetingForNotice = L(
        vi: "Thông báo kết luận của cuộc họp: {0} ({1}).", en: "Conclusion notice of the meeting: {0} ({1}).")

    static let meetingKindRequired = L(vi: "Chọn loại cuộc họp.", en: "Choose the kind of meeting.")
    static let meetingTitleRequired = L(vi: "Nhập tên cuộc họp.", en: "Enter the meeting's title.")
    static let meetingDateRequired = L(vi: "Nhập ngày họp.", en: "Enter the date of the meeting.")
    static let meetingChairRequired = L(vi: "Nhập người chủ trì.", en: "Enter who chaired.")
    static let meetingTimeInvalid = L(vi: "Giờ bắt đầu chưa đúng, nhập như 08:00.", en: "Enter the start time as 08:00.")
    static let meetingDeputyRequired = L(
        vi: "Ghi họ tên người dự thay cho {0} (sau dấu — thứ hai).", en: "Give the deputy who came for {0}.")
    static let meetingLineTooLong = L(vi: "Dòng của {0} quá dài.", en: "The line for {0} is too long.")
    static let meetingDocumentUnknown = L(
        vi: "Không tìm thấy văn bản “{0}”; nhập văn bản trước, hoặc ghi vào ô nội dung thảo luận khác.",
        en: "No document “{0}”; enter it first, or write it under other matters.")
    static let meetingPeriodBackwards = L(vi: "Ngày kết thúc phải sau ngày bắt đầu.", en: "The end must follow the start.")
    static let meetingNoticeTaken = L(
        vi: "Văn bản {0} đã là thông báo kết luận của cuộc họp “{1}”.",
        en: "{0} is already the conclusion notice of “{1}”.")
    static let meetingNoticeNotTB = L(
        vi: "Văn bản {0} không phải thông báo (TB); thông báo kết luận có số dạng 13/TB-VP.",
        en: "{0} is not a notice (TB); a conclusion notice is numbered like 13/TB-VP.")
    static let meetingHasNotice = L(
        vi: "Cuộc họp này đã có thông báo kết luận.", en: "This meeting already has its conclusion notice.")

    static let meetingKindRegular = L(vi: "Phiên họp thường kỳ", en: "Regular session")
    static let meetingKindThematic = L(vi: "Phiên họp chuyên đề", en: "Thematic session")
    static let meetingKindExtraordinary = L(vi: "Phiên họp bất thường", en: "Extraordinary session")
    static let meetingKindConference = L(vi: "Hội nghị", en: "Conference")
    static let meetingKindBriefing = L(vi: "Giao ban", en: "Briefing")
    static let meetingKindWorking = L(vi: "Buổi làm việc", en: "Working session")
}

enum MeetingLabels {
    static func kind(_ kind: MeetingKind, _ t: Localizer) -> String {
        switch kind {
        case .regular: t(T.meetingKindRegular)
        case .thematic: t(T.meetingKindThematic)
        case .extraordinary: t(T.meetingKindExtraordinary)
        case .conference: t(T.meetingKindConference)
        case .briefing: t(T.meetingKindBriefing)
        case .workingSession: t(T.meetingKindWorking)
        }
    }

    static func kindOptions(_ t: Localizer) -> [(value: String, label: String)] {
        MeetingKind.allCases.map { (value: $0.rawValue, label: kind($0, t)) }
    }
}
