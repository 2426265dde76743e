import DieuHanhCore
import Foundation

/// The review report drafts' interface strings.
extension T {
    static let reviewDraftsTitle = L(vi: "Soạn báo cáo kiểm điểm", en: "Writing the review report")
    static let reviewDraftsLead = L(
        vi: "Văn phòng viết báo cáo theo dàn ý; số liệu luôn được tính theo ngày chốt, không phải gõ lại.",
        en: "The office writes the report along its outline; the figures are always computed as of the cut-off.")
    static let reviewDraftsEmptyTitle = L(vi: "Chưa có báo cáo nào đang soạn", en: "No report is being written")
    static let reviewDraftsEmptyText = L(
        vi: "Chọn kỳ báo cáo và ngày chốt số liệu rồi bấm “Bắt đầu soạn”.",
        en: "Choose the period and the cut-off, then press “Start writing”.")
    static let reviewDraftStart = L(vi: "Bắt đầu soạn", en: "Start writing")
    static let reviewDraftWrite = L(vi: "Soạn báo cáo kỳ này", en: "Write this period's report")
    static let reviewDraftCutOff = L(vi: "Số liệu đến ngày", en: "Figures as of")
    static let reviewDraftStateDraft = L(vi: "Đang soạn", en: "Being written")
    static let reviewDraftStateIssued = L(vi: "Đã ban hành", en: "Issued")
    static let reviewDraftVersion = L(vi: "Lần sửa thứ {0}", en: "Version {0}")
    static let reviewDraftUpdated = L(vi: "Cập nhật {0}", en: "Updated {0}")
    static let reviewDraftHeading = L(vi: "Báo cáo {0}", en: "Report {0}")
    static let reviewDraftOutline = L(vi: "Dàn ý", en: "Outline")
    static let reviewDraftPreview = L(vi: "Toàn văn báo cáo", en: "The whole report")
    static let reviewDraftSectionEmpty = L(vi: "Chưa viết", en: "Not written")
    static let reviewDraftSectionWritten = L(vi: "{0} chữ", en: "{0} words")
    static let reviewDraftOpenComments = L(vi: "{0} góp ý chưa xử lý", en: "{0} open comments")
    static let reviewDraftEditOutline = L(vi: "Sửa dàn ý", en: "Edit the outline")
    static let reviewDraftIssue = L(vi: "Ban hành báo cáo", en: "Issue the report")
    static let reviewDraftDownloads = L(vi: "Tải về", en: "Download")
    static let reviewDraftPackage = L(vi: "Bộ hồ sơ gửi cấp trên (ZIP)", en: "Package for the level above (ZIP)")
    static let reviewDraftIssuedAs = L(
        vi: "Đã ban hành: Báo cáo số {0} ngày {1}, {2} ký. Nội dung và số liệu được giữ nguyên như khi ban hành.",
        en: "Issued: report {0} of {1}, signed by {2}. Its text and figures stay as issued.")
    static let reviewDraftFiguresNote = L(
        vi: "Các đoạn có nền xám là số liệu tự động tính đến ngày {0}.",
        en: "Shaded paragraphs are figures computed as of {0}.")
    static let reviewDraftCreated = L(vi: "Đã tạo bản dự thảo.", en: "The draft is created.")
    static let reviewDraftSaved = L(vi: "Đã lưu mục “{0}”.", en: "“{0}” is saved.")
    static let reviewDraftUnchanged = L(vi: "Nội dung không thay đổi.", en: "Nothing changed.")
    static let reviewDraftIssuedFlash = L(vi: "Đã ban hành báo cáo số {0}.", en: "Report {0} is issued.")
    static let reviewDraftIssuedFrozen = L(
        vi: "Báo cáo đã ban hành nên không sửa được nữa.", en: "The report is issued and can no longer change.")
    static let reviewDraftStale = L(
        vi:
            "Mục này vừa được người khác lưu sau khi bạn mở trang. Nội dung bạn gõ vẫn còn dưới đây; hãy đối chiếu với bản mới rồi lưu lại.",
        en: "Someone saved this after you opened the page. Your text is kept below; compare it with theirs and save again.")
    static let reviewDraftVersionRequired = L(
        vi: "Thiếu số phiên bản đã đọc; hãy tải lại trang.", en: "The version read is missing; reload the page.")
    static let reviewDraftTextTooLong = L(vi: "Nội dung dài quá {0} ký tự.", en: "The text is longer than {0} characters.")
    static let reviewDraftText = L(vi: "Nội dung mục", en: "The section's text")
    static let reviewDraftTextHint = L(
        vi:
            "Mỗi dòng là một đoạn. Dòng bắt đầu bằng “- ” là gạch đầu dòng. **chữ đậm**, *chữ nghiêng*, [^nội dung chú thích] là chú thích cuối trang.",
        en: "Each line is a paragraph. A line starting with “- ” is a bullet. **bold**, *italic*, [^footnote text] is a footnote."
    )
    static let reviewDraftTheirs = L(vi: "Bản đang lưu", en: "The saved text")
    static let reviewDraftYoursAgainstTheirs = L(
        vi: "Chỗ khác nhau giữa bản đang lưu và bản của bạn", en: "How your text differs from the saved one")
    static let reviewDraftFigures = L(vi: "Số liệu của mục (tự động)", en: "The section's figures (computed)")
    static let reviewDraftHistory = L(vi: "Lịch sử sửa", en: "History")
    static let reviewDraftHistoryEmpty = L(vi: "Mục này chưa được lưu lần nào.", en: "This section was never saved.")
    static let reviewDraftHistoryBy = L(vi: "{0}, {1}", en: "{0}, {1}")
    static let reviewDraftCompare = L(vi: "So với bản trước", en: "Compare with the one before")
    static let reviewDraftShowVersion = L(vi: "Bản lưu lúc {0}", en: "Saved at {0}")
    static let reviewDraftBack = L(vi: "Về bản dự thảo", en: "Back to the draft")
    static let reviewParts = L(vi: "Nội dung các đơn vị gửi cho mục này", en: "What the units sent for this section")
    static let reviewPartsEmpty = L(
        vi: "Chưa đơn vị nào gửi nội dung cho mục này.", en: "No unit has sent anything for this section yet.")
    static let reviewPartTake = L(vi: "Đưa vào bài viết", en: "Take into the text")
    static let reviewPartTaken = L(vi: "Đã đưa nội dung của {0} vào mục.", en: "{0}'s text is taken into the section.")
    static let reviewPartsRequest = L(vi: "Xem yêu cầu báo cáo gửi các đơn vị", en: "The request sent to the units")
    static let reviewAskUnits = L(vi: "Yêu cầu đơn vị góp nội dung", en: "Ask the units for their parts")
    static let reviewComments = L(vi: "Góp ý", en: "Comments")
    static let reviewCommentsEmpty = L(vi: "Chưa có góp ý cho mục này.", en: "No comments on this section.")
    static let reviewComment = L(vi: "Góp ý của bạn", en: "Your comment")
    static let reviewCommentSend = L(vi: "Gửi góp ý", en: "Send the comment")
    static let reviewCommentSent = L(vi: "Đã gửi góp ý.", en: "The comment is sent.")
    static let reviewCommentRequired = L(vi: "Hãy nhập nội dung góp ý.", en: "Type the comment.")
    static let reviewCommentResolve = L(vi: "Đã xử lý", en: "Resolved")
    static let reviewCommentResolvedBy = L(vi: "Đã xử lý: {0}, {1}", en: "Resolved by {0}, {1}")
    static let reviewCommentResolvedFlash = L(vi: "Đã đánh dấu góp ý là đã xử lý.", en: "The comment is marked resolved.")

    static let reviewOutlineLead = L(
        vi:
            "Đổi tên, thêm, bớt, sắp xếp các mục. Mục cấp I đánh số La Mã, mục cấp 2 đánh số 1, 2, … trong từng phần. Nội dung đã viết của mục bị bỏ vẫn được giữ trong lịch sử.",
        en: "Rename, add, remove and reorder sections. Parts are numbered I, II, …; points 1, 2, … in each part.")
    static let reviewOutlineTitle = L(vi: "Tên mục {0}", en: "Title of section {0}")
    static let reviewOutlineLevel = L(vi: "Cấp", en: "Level")
    static let reviewOutlinePart = L(vi: "Phần (I, II, …)", en: "Part (I, II, …)")
    static let reviewOutlinePoint = L(vi: "Mục (1, 2, …)", en: "Point (1, 2, …)")
    static let reviewOutlinePosition = L(vi: "Thứ tự", en: "Order")
    static let reviewOutlineRemove = L(vi: "Bỏ mục này", en: "Remove")
    static let reviewOutlineAdd = L(vi: "Thêm mục mới (để trống nếu không thêm)", en: "Add a section (leave empty for none)")
    static let reviewOutlineFigures = L(vi: "Số liệu: {0}", en: "Figures: {0}")
    static let reviewOutlineDefault = L(
        vi: "Dùng dàn ý và nơi nhận này cho các báo cáo sau", en: "Use this outline and recipients for the next reports")
    static let reviewOutlineSaved = L(vi: "Đã lưu dàn ý.", en: "The outline is saved.")
    static let reviewOutlineEmpty = L(vi: "Báo cáo phải có ít nhất một mục.", en: "The report needs at least one section.")
    static let reviewOutlineTitleMissing = L(vi: "Mục thứ {0} chưa có tên.", en: "Section {0} has no title.")
    static let reviewOutlineTitleTooLong = L(vi: "Tên mục thứ {0} dài quá 300 ký tự.", en: "Section {0}'s title is too long.")
    static let reviewOutlineLevelInvalid = L(vi: "Hãy chọn cấp của mục.", en: "Choose the section's level.")
    static let reviewOutlinePositionInvalid = L(vi: "Thứ tự phải là số.", en: "The order must be a number.")
    static let reviewRecipients = L(vi: "Nơi nhận", en: "Recipients")
    static let reviewRecipientsHint = L(vi: "Mỗi nơi nhận một dòng.", en: "One recipient a line.")

    static let reviewFigureDocuments = L(vi: "văn bản, cuộc họp", en: "documents, meetings")
    static let reviewFigureIndicators = L(vi: "chỉ tiêu kinh tế - xã hội", en: "socio-economic indicators")
    static let reviewFigureTasks = L(vi: "nhiệm vụ được giao", en: "tasks assigned")
    static let reviewFigureProgramme = L(vi: "chương trình công tác", en: "work programme")
    static let reviewFigureUnits = L(vi: "đơn vị chậm tiến độ", en: "units behind")

    static let reviewIssueLead = L(
        vi: "Sau khi ban hành, nội dung, số liệu và tệp của báo cáo được giữ nguyên; báo cáo được ghi vào sổ văn bản của tỉnh.",
        en: "Once issued, the report's text, figures and files stay as they are; it is registered as a document.")
    static let reviewIssueNotation = L(vi: "Số, ký hiệu", en: "Number")
    static let reviewIssueNotationHint = L(vi: "Như 489/BC-UBND", en: "Such as 489/BC-UBND")
    static let reviewIssueDate = L(vi: "Ngày ban hành", en: "Date")
    static let reviewIssueSigner = L(vi: "Người ký", en: "Signer")
    static let reviewIssueSignerTitle = L(vi: "Chức vụ người ký", en: "Signer's title")
    static let reviewIssueAuthority = L(vi: "Thẩm quyền ký", en: "Signing authority")
    static let reviewIssueAuthorityTM = L(vi: "TM. (thay mặt tập thể)", en: "TM. (on behalf of the body)")
    static let reviewIssueAuthorityKT = L(vi: "KT. (ký thay Chủ tịch)", en: "KT. (for the Chairman)")
    static let reviewIssueAuthorityQ = L(vi: "Q. (quyền Chủ tịch)", en: "Q. (acting Chairman)")
    static let reviewIssueConfirm = L(vi: "Ban hành", en: "Issue")
    static let reviewIssueNotationInvalid = L(
        vi: "Số, ký hiệu chưa đúng dạng (như 489/BC-UBND).", en: "The number is not in the usual form (489/BC-UBND).")
    static let reviewIssueNotAReport = L(
        vi: "Ký hiệu của báo cáo phải là BC (như 489/BC-UBND).", en: "A report's type code is BC (489/BC-UBND).")
    static let reviewIssueNotationTaken = L(
        vi: "Số {0} đã được dùng cho một văn bản khác trong năm.", en: "{0} is already used by another document this year.")
    static let reviewIssueDateRequired = L(vi: "Hãy nhập ngày ban hành.", en: "Enter the date of issue.")
    static let reviewIssueDateBeforeCutOff = L(
        vi: "Ngày ban hành không được trước ngày chốt số liệu {0}.", en: "The date cannot be before the cut-off {0}.")
    static let reviewIssueSignerRequired = L(vi: "Hãy nhập họ tên người ký.", en: "Enter the signer's name.")
    static let reviewIssueSignerTitleRequired = L(vi: "Hãy nhập chức vụ người ký.", en: "Enter the signer's title.")
    static let reviewIssueAuthorityInvalid = L(vi: "Hãy chọn thẩm quyền ký.", en: "Choose the signing authority.")
    static let reviewIssueRecipientsRequired = L(vi: "Hãy nhập ít nhất một nơi nhận.", en: "Enter at least one recipient.")
}

enum ReviewDraftLabels {
    static func figure(_ block: ReviewFigureBlock, _ t: Localizer) -> String {
        switch block {
        case .documents: t(T.reviewFigureDocuments)
        case .indicators: t(T.reviewFigureIndicators)
        case .tasks: t(T.reviewFigureTasks)
        case .programme: t(T.reviewFigureProgramme)
        case .units: t(T.reviewFigureUnits)
        }
    }

    static func authorityOptions(_ t: Localizer) -> [(value: String, label: String)] {
        [
            (SigningAuthority.onBehalf.rawValue, t(T.reviewIssueAuthorityTM)),
            (SigningAuthority.forTheHead.rawValue, t(T.reviewIssueAuthorityKT)),
            (SigningAuthority.acting.rawValue, t(T.reviewIssueAuthorityQ)),
        ]
    }
}
