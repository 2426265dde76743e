import Foundation

/// The Indicators module's interface strings (the catalogue `T` is one type, split by module).
extension T {
    // MARK: Indicators (chỉ tiêu kinh tế - xã hội)
    static let indTitle = L(vi: "Chỉ tiêu kinh tế - xã hội", en: "Socio-economic indicators")
    static let indTitleYear = L(vi: "Chỉ tiêu kinh tế - xã hội năm {0}", en: "Socio-economic indicators {0}")
    static let indLead = L(
        vi: "Kế hoạch năm theo nghị quyết HĐND tỉnh và số liệu thực hiện đã ghi nhận đến hết ngày {0}.",
        en: "The council's targets for the year and the figures recorded up to the end of {0}.")
    static let indTableCaption = L(
        vi: "Kết quả thực hiện các chỉ tiêu năm {0}, số liệu đến hết ngày {1}",
        en: "Indicators {0}, figures recorded up to {1}")
    static let indRuleNote = L(
        vi:
            "Đạt / không đạt chỉ được đánh giá khi có số liệu cả năm. Trước đó, chỉ tiêu cộng dồn “có nguy cơ không đạt” khi tỷ lệ thực hiện so với kế hoạch thấp hơn tỷ lệ thời gian đã qua (6 tháng: dưới 50%); chỉ tiêu mức “có nguy cơ không đạt” khi số liệu kỳ gần nhất chưa đạt kế hoạch. Số liệu chính thức thay số sơ bộ, số sơ bộ thay số ước; số ghi nhận sau ngày chốt không được tính.",
        en:
            "Met / not met is judged on the year's figure only. Before that, a summed indicator is “at risk” when its share of the target is behind the share of the year gone (six months: under 50%); a level indicator when its latest value does not meet the target. Official figures supersede preliminary ones, which supersede estimates; figures recorded after the cut-off do not count."
    )
    static let indNew = L(vi: "Thêm chỉ tiêu", en: "New indicator")
    static let indNewLead = L(
        vi: "Một chỉ tiêu theo nghị quyết của HĐND tỉnh: định nghĩa và kế hoạch của một năm.",
        en: "One indicator of the council's resolution: its definition and one year's target.")
    static let indEditTitle = L(vi: "Sửa chỉ tiêu", en: "Edit indicator")
    static let indEditLead = L(
        vi:
            "Sửa định nghĩa, đơn vị chịu trách nhiệm và văn bản giao kế hoạch. Kế hoạch chỉ thay đổi bằng điều chỉnh (giữ kế hoạch đầu năm).",
        en:
            "Change the definition, the responsible unit and the resolution. The target changes only by a revision (the original is kept)."
    )
    static let indDefinition = L(vi: "Chỉ tiêu", en: "Indicator")
    static let indPlanLegend = L(vi: "Kế hoạch năm {0}", en: "Plan for {0}")
    static let indCreated = L(vi: "Đã thêm chỉ tiêu “{0}” vào kế hoạch năm {1}.", en: "Added “{0}” to the {1} plan.")
    static let indUpdated = L(vi: "Đã lưu chỉ tiêu “{0}”.", en: "Saved “{0}”.")
    static let indEnterActuals = L(vi: "Nhập số liệu thực hiện", en: "Enter actuals")
    static let indEnterOne = L(vi: "Nhập số liệu thực hiện", en: "Enter an actual")
    static let indEntryLeadUnit = L(
        vi: "Đơn vị: {0}. Chỉ các chỉ tiêu do đơn vị chịu trách nhiệm; số liệu được ghi nhận hôm nay.",
        en: "Unit: {0}. Only the indicators your unit is responsible for; figures are recorded today.")
    static let indEntryLeadOffice = L(
        vi: "Tất cả chỉ tiêu của năm, theo đơn vị chịu trách nhiệm; số liệu được ghi nhận hôm nay.",
        en: "Every indicator of the year, by responsible unit; figures are recorded today.")
    static let indEntryHint = L(
        vi: "Chỉ điền các chỉ tiêu có số liệu mới; ô để trống được bỏ qua. Số có thể gõ 1.234,5 hoặc 1234.5.",
        en: "Fill in only the indicators with new figures; empty boxes are skipped. Type 1.234,5 or 1234.5.")
    static let indEntryEmptyTitle = L(vi: "Không có chỉ tiêu nào để nhập cho năm {0}", en: "No indicator to enter for {0}")
    static let indEntryEmptyUnit = L(
        vi:
            "Đơn vị của bạn không chịu trách nhiệm chỉ tiêu nào trong năm này. Nếu đây là nhầm lẫn, đề nghị Văn phòng UBND tỉnh giao lại đơn vị chịu trách nhiệm.",
        en: "Your unit is responsible for no indicator this year. If that is wrong, ask the office to assign it.")
    static let indEntryEmptyOffice = L(
        vi: "Năm này chưa có chỉ tiêu. Hãy thêm các chỉ tiêu theo nghị quyết của HĐND tỉnh.",
        en: "This year has no indicators yet. Add the indicators of the council's resolution.")
    static let indShowPeriod = L(vi: "Xem số liệu kỳ này", en: "Show this period")
    static let indShow = L(vi: "Xem", en: "Show")
    static let indSaveActual = L(vi: "Ghi số liệu", en: "Record the figure")
    static let indSaveActuals = L(vi: "Ghi các số liệu", en: "Record the figures")
    static let indActualSaved = L(vi: "Đã ghi số liệu {0}.", en: "Recorded the figure for {0}.")
    static let indActualsSaved = L(vi: "Đã ghi {0} số liệu {1}.", en: "Recorded {0} figures for {1}.")
    static let indNoValues = L(
        vi: "Chưa nhập giá trị nào: điền số liệu vào ít nhất một chỉ tiêu.",
        en: "No value entered: fill in at least one indicator.")
    static let indEmptyTitle = L(vi: "Chưa có chỉ tiêu năm {0}", en: "No indicators for {0}")
    static let indEmptyManager = L(
        vi: "Thêm các chỉ tiêu theo nghị quyết của HĐND tỉnh, từng chỉ tiêu một, rồi nhập số liệu của các kỳ.",
        en: "Add the indicators of the council's resolution one by one, then enter each period's figures."
    )
    static let indEmptyReader = L(
        vi: "Văn phòng UBND tỉnh chưa nạp chỉ tiêu của năm này. Chọn năm khác ở trên, hoặc liên hệ Văn phòng.",
        en: "The office has not loaded this year's indicators yet. Pick another year above, or contact the office.")
    static let indNoMatch = L(
        vi: "Không có chỉ tiêu nào khớp bộ lọc. Thử bỏ bớt từ tìm kiếm hoặc bộ lọc.",
        en: "No indicator matches. Try fewer words or filters.")
    static let indClearFilters = L(vi: "Bỏ bộ lọc", en: "Clear filters")
    static let indFieldYear = L(vi: "Năm kế hoạch", en: "Plan year")
    static let indFieldResponsible = L(vi: "Đơn vị chịu trách nhiệm", en: "Responsible unit")
    static let indFieldStatus = L(vi: "Đánh giá", en: "Assessment")
    static let indFieldDirection = L(vi: "Chiều đánh giá", en: "Direction")
    static let indFieldAggregation = L(vi: "Cách tính số liệu năm", en: "How the year is built")
    static let indFieldTarget = L(vi: "Kế hoạch năm", en: "Target for the year")
    static let indFieldTargetDocument = L(vi: "Văn bản giao kế hoạch", en: "Resolution setting the target")
    static let indFieldPeriod = L(vi: "Kỳ số liệu", en: "Period")
    static let indFieldKind = L(vi: "Loại số liệu", en: "Kind of figure")
    static let indFieldValue = L(vi: "Giá trị ({0})", en: "Value ({0})")
    static let indFieldRevisedTarget = L(vi: "Kế hoạch điều chỉnh ({0})", en: "Revised target ({0})")
    static let indFieldDecidedOn = L(vi: "Ngày quyết định điều chỉnh", en: "Decided on")
    static let indFieldDocument = L(vi: "Văn bản điều chỉnh", en: "Revising resolution")
    static let indKindHint = L(
        vi: "Ước → sơ bộ → chính thức: số liệu sau thay số liệu trước, tất cả đều được giữ lại.",
        en: "Estimate → preliminary → official: later kinds supersede, all are kept.")
    static let indValueHint = L(vi: "Viết 5.300; 1.234,5 hoặc 1234.5", en: "e.g. 5.300; 1.234,5 or 1234.5")
    static let indCodeHint = L(
        vi: "Chữ không dấu, số và . _ -; giữ nguyên qua các năm để so sánh cùng kỳ",
        en: "Letters, digits and . _ -; keep it across years")
    static let indUnitHint = L(vi: "%, tỷ đồng, triệu USD, ha, tấn, người…", en: "%, tỷ đồng, triệu USD, ha, tấn, người…")
    static let indDocumentHint = L(
        vi: "Văn bản giao, như Nghị quyết số 25/NQ-HĐND ngày 10/12/2019", en: "e.g. Nghị quyết số 25/NQ-HĐND ngày 10/12/2019")
    static let indTargetByRevision = L(
        vi: "Kế hoạch năm chỉ thay đổi bằng “Điều chỉnh kế hoạch” trên trang chỉ tiêu; kế hoạch đầu năm được giữ lại.",
        en: "The target changes only by “Revise the target” on the indicator's page; the original is kept.")
    static let indStatusMet = L(vi: "Đạt", en: "Met")
    static let indStatusNotMet = L(vi: "Không đạt", en: "Not met")
    static let indStatusAtRisk = L(vi: "Có nguy cơ không đạt", en: "At risk")
    static let indStatusOnTrack = L(vi: "Đạt tiến độ", en: "On track")
    static let indStatusNoData = L(vi: "Chưa có số liệu", en: "No data")
    static let indDirectionHigher = L(
        vi: "Càng cao càng tốt (đạt khi ≥ kế hoạch)", en: "Higher is better (met at or above the target)")
    static let indDirectionLower = L(
        vi: "Càng thấp càng tốt (đạt khi ≤ kế hoạch)", en: "Lower is better (met at or below the target)")
    static let indAggregationSum = L(vi: "Cộng dồn các kỳ (như thu ngân sách)", en: "Sum of the periods (e.g. budget revenue)")
    static let indAggregationLevel = L(
        vi: "Số liệu kỳ gần nhất (như số bác sĩ trên 1 vạn dân)", en: "Latest period's value (e.g. doctors per 10,000 people)")
    static let indAggregationRate = L(
        vi: "Tỷ lệ, tốc độ tăng (%), so sánh theo điểm phần trăm", en: "A rate or growth (%), compared in percentage points")
    static let indAggregationIndex = L(
        vi: "Chỉ số (như chỉ số sản xuất công nghiệp), không cộng dồn", en: "An index (e.g. industrial production), never summed")
    static let indAggregationRank = L(
        vi: "Thứ hạng trong cả nước (như PCI, PAPI), càng nhỏ càng tốt", en: "A national rank (e.g. PCI, PAPI), lower is better")
    static let indReached = L(vi: "đạt {0}", en: "{0} reached")
    static let indRankIsLower = L(
        vi: "Chỉ tiêu thứ hạng phải là “càng thấp càng tốt”: xếp thứ 10 tốt hơn thứ 13.",
        en: "A rank is better the lower it is: choose “lower is better”.")
    static let indKindUoc = L(vi: "Ước tính", en: "Estimate")
    static let indKindSoBo = L(vi: "Sơ bộ", en: "Preliminary")
    static let indKindChinhThuc = L(vi: "Chính thức", en: "Official")
    static let indColNumber = L(vi: "TT", en: "No.")
    static let indColName = L(vi: "Chỉ tiêu", en: "Indicator")
    static let indColUnit = L(vi: "Đơn vị tính", en: "Unit")
    static let indColTarget = L(vi: "Kế hoạch", en: "Target")
    static let indColPrevious = L(vi: "Cùng kỳ năm trước", en: "Same period last year")
    static let indColActual = L(vi: "Thực hiện", en: "Actual")
    static let indColPercent = L(vi: "So với kế hoạch", en: "Of the target")
    static let indColYoy = L(vi: "So với cùng kỳ", en: "Against last year")
    static let indColStatus = L(vi: "Đánh giá", en: "Assessment")
    static let indColResponsible = L(vi: "Đơn vị chịu trách nhiệm", en: "Responsible unit")
    static let indColPeriod = L(vi: "Kỳ", en: "Period")
    static let indColKind = L(vi: "Loại", en: "Kind")
    static let indColValue = L(vi: "Giá trị", en: "Value")
    static let indColRecordedOn = L(vi: "Ngày ghi nhận", en: "Recorded on")
    static let indColBy = L(vi: "Người nhập", en: "Entered by")
    static let indColInForce = L(vi: "Hiệu lực tại ngày chốt", en: "At the cut-off")
    static let indColMonth = L(vi: "Đến hết", en: "Up to")
    static let indColActualYear = L(vi: "Năm {0}", en: "{0}")
    static let indColCurrent = L(vi: "Số liệu đang có ({0})", en: "Current figure ({0})")
    static let indColNewValue = L(vi: "Số liệu mới", en: "New figure")
    static let indNewValueFor = L(vi: "Số liệu mới của “{0}” ({1})", en: "New figure for “{0}” ({1})")
    static let indUntilMonth = L(vi: "Tháng {0}", en: "Month {0}")
    static let indInForce = L(vi: "Đang dùng", en: "In force")
    static let indSuperseded = L(vi: "Đã được thay thế", en: "Superseded")
    static let indAfterCutOff = L(vi: "Ghi sau ngày chốt", en: "Recorded after the cut-off")
    static let indRevisedTag = L(vi: "đã điều chỉnh", en: "revised")
    static let indRevisedOn = L(vi: "(điều chỉnh ngày {0})", en: "(revised on {0})")
    static let indOriginalTarget = L(vi: "Kế hoạch năm {0} (đầu năm)", en: "Original target {0}")
    static let indTargetInForce = L(vi: "Kế hoạch đang áp dụng", en: "Target in force")
    static let indNoActualYet = L(
        vi: "Chưa có số liệu thực hiện nào được ghi nhận đến hết ngày {0}.", en: "No figure recorded up to {0}.")
    static let indChartTitle = L(vi: "Kế hoạch và thực hiện theo kỳ", en: "Target and actuals over the year")
    static let indChartTableCaption = L(
        vi: "Số liệu của biểu đồ (cộng dồn từ đầu năm với chỉ tiêu cộng dồn)",
        en: "The chart's figures (cumulative from January for summed indicators)")
    static let indChartEmpty = L(vi: "Chưa có số liệu để vẽ biểu đồ.", en: "No figures to chart yet.")
    static let indHistoryTitle = L(vi: "Số liệu đã ghi nhận", en: "Figures recorded")
    static let indHistoryEmpty = L(
        vi: "Chưa có số liệu nào cho năm này và năm trước.", en: "No figures for this year or the year before.")
    static let indHistoryEmptyEnter = L(
        vi: "Chưa có số liệu nào. Nhập số liệu đầu tiên bằng biểu mẫu bên dưới.",
        en: "No figures yet. Enter the first with the form below.")
    static let indRevisionsTitle = L(vi: "Điều chỉnh kế hoạch", en: "Target revisions")
    static let indUpdateHeading = L(vi: "Cập nhật", en: "Update")
    static let indReviseTarget = L(vi: "Điều chỉnh kế hoạch năm {0}", en: "Revise the {0} target")
    static let indSaveRevision = L(vi: "Ghi điều chỉnh", en: "Record the revision")
    static let indRevisionSaved = L(
        vi: "Đã ghi điều chỉnh kế hoạch năm {0}; kế hoạch đầu năm vẫn được giữ.",
        en: "Recorded the revision of the {0} target; the original is kept.")
    static let indYearInvalid = L(
        vi: "Năm không hợp lệ; nhập năm có 4 chữ số, như 2020.", en: "Not a valid year; use four digits, e.g. 2020.")
    static let indStatusInvalid = L(vi: "Đánh giá không hợp lệ.", en: "Unknown assessment.")
    static let indCodeRequired = L(vi: "Vui lòng nhập mã chỉ tiêu.", en: "Please enter the indicator's code.")
    static let indCodeInvalid = L(
        vi: "Mã chỉ tiêu chỉ gồm chữ không dấu, số và . _ - (tối đa 40 ký tự).",
        en: "The code may hold letters without diacritics, digits and . _ - (40 at most).")
    static let indCodeTaken = L(
        vi: "Mã “{0}” đã được dùng cho chỉ tiêu khác.", en: "The code “{0}” is used by another indicator.")
    static let indPlanExists = L(
        vi: "Chỉ tiêu mã “{0}” đã có kế hoạch năm {1}; mở chỉ tiêu đó để sửa hoặc điều chỉnh kế hoạch.",
        en: "“{0}” already has a {1} plan; open it to edit or revise it.")
    static let indNameRequired = L(vi: "Vui lòng nhập tên chỉ tiêu.", en: "Please enter the indicator's name.")
    static let indNameTooLong = L(vi: "Tên chỉ tiêu dài quá 300 ký tự.", en: "The name is longer than 300 characters.")
    static let indUnitRequired = L(
        vi: "Vui lòng nhập đơn vị tính (%, tỷ đồng, ha…).", en: "Please enter the unit of measure (%, tỷ đồng, ha…).")
    static let indUnitTooLong = L(vi: "Đơn vị tính dài quá 50 ký tự.", en: "The unit is longer than 50 characters.")
    static let indDirectionRequired = L(vi: "Vui lòng chọn chiều đánh giá.", en: "Please choose the direction.")
    static let indAggregationRequired = L(vi: "Vui lòng chọn cách tính số liệu năm.", en: "Please choose how the year is built.")
    static let indTargetRequired = L(vi: "Vui lòng nhập kế hoạch năm.", en: "Please enter the year's target.")
    static let indResponsibleRequired = L(vi: "Vui lòng chọn đơn vị chịu trách nhiệm.", en: "Please choose the responsible unit.")
    static let indUnitClosedThatYear = L(
        vi: "{0} không hoạt động trong năm {1}; chọn đơn vị đang hoạt động (hoặc đơn vị kế thừa).",
        en: "{0} did not exist in {1}; choose a unit open then (or its successor).")
    static let indDocumentTooLong = L(vi: "Tên văn bản dài quá 300 ký tự.", en: "The document is longer than 300 characters.")
    static let indValueInvalid = L(
        vi: "“{0}” không phải là số. Gõ số với dấu phẩy thập phân như 1.234,5 hoặc dấu chấm như 1234.5.",
        en: "“{0}” is not a number. Type 1.234,5 or 1234.5.")
    static let indValueRequired = L(vi: "Vui lòng nhập giá trị.", en: "Please enter the value.")
    static let indValueTooLarge = L(vi: "Giá trị quá lớn.", en: "The value is too large.")
    static let indPeriodRequired = L(vi: "Vui lòng chọn kỳ số liệu.", en: "Please choose the period.")
    static let indPeriodInvalid = L(
        vi: "Kỳ “{0}” không hợp lệ; dùng 2021 (cả năm), 2021-H1, 2021-H2, 2021-9M, 2021-Q2 hoặc 2021-M05.",
        en: "Unknown period “{0}”; use 2021 (year), 2021-H1, 2021-H2, 2021-9M, 2021-Q2 or 2021-M05.")
    static let indPeriodNotStarted = L(
        vi: "Kỳ {0} chưa bắt đầu; chưa thể ghi số liệu cho kỳ này.",
        en: "{0} has not begun; no figure can be recorded for it yet.")
    static let indKindInvalid = L(
        vi: "Loại số liệu phải là ước tính, sơ bộ hoặc chính thức (uoc, so_bo, chinh_thuc).",
        en: "The kind must be estimate, preliminary or official (uoc, so_bo, chinh_thuc).")
    static let indNotYourIndicator = L(
        vi: "Chỉ tiêu “{0}” do {1} chịu trách nhiệm; đơn vị của bạn không được nhập số liệu cho chỉ tiêu này.",
        en: "“{0}” is the responsibility of {1}; your unit may not enter its figures.")
    static let indConflict = L(
        vi: "Số liệu của chỉ tiêu “{0}” vừa được người khác cập nhật. Trang đã hiện số liệu mới nhất: kiểm tra lại rồi gửi lại.",
        en: "“{0}” was just updated by someone else. The page now shows the latest figures: check them and send again.")
    static let indRevisionValueRequired = L(vi: "Vui lòng nhập kế hoạch điều chỉnh.", en: "Please enter the revised target.")
    static let indRevisionSame = L(
        vi: "Kế hoạch điều chỉnh bằng kế hoạch đang áp dụng.", en: "The revised target equals the one in force.")
    static let indDecidedRequired = L(
        vi: "Vui lòng nhập ngày quyết định điều chỉnh.", en: "Please enter the date of the decision.")
    static let indDecidedInFuture = L(
        vi: "Ngày quyết định không được sau hôm nay.", en: "The decision cannot be dated after today.")
    static let indDecidedOtherYear = L(
        vi: "Điều chỉnh kế hoạch năm {0} phải được quyết định trong năm {0}.",
        en: "A revision of the {0} target is decided in {0}.")
    static let indRevisionDocumentRequired = L(
        vi: "Vui lòng nhập văn bản điều chỉnh (như nghị quyết của HĐND tỉnh).",
        en: "Please enter the revising document (e.g. the council's resolution).")
    static let indColNameUnit = L(vi: "Chỉ tiêu (mã · đơn vị tính)", en: "Indicator (code · unit)")
    static let indFieldNote = L(vi: "Ghi chú", en: "Note")
    static let indEntryPeriodHeading = L(vi: "Số liệu {0}", en: "Figures for {0}")
    static let indEntryTarget = L(vi: "Kế hoạch {0}", en: "Target {0}")
    static let indEntryCurrent = L(vi: "đang có {0} ({1}, ghi ngày {2})", en: "current {0} ({1}, recorded {2})")
    static let indEntryNoCurrent = L(vi: "chưa có số liệu kỳ này", en: "no figure for this period yet")
}
