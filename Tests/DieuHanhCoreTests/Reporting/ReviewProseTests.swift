import DieuHanhCore
import Testing

@Suite("Report periods and review prose")
struct ReviewProseTests {
    func d(_ s: String) -> CivilDate { CivilDate.parse(s)! }

    @Test func periodCodesAndTheirNames() {
        let h1 = ReportPeriod(code: "2020-H1")!
        #expect(h1.from == d("2020-01-01"))
        #expect(h1.to == d("2020-06-30"))
        #expect(h1.label == "6 tháng đầu năm 2020")
        #expect(ReportPeriod(code: "2021-h2")!.label == "6 tháng cuối năm 2021")
        #expect(ReportPeriod(code: "2021")!.to == d("2021-12-31"))
        #expect(ReportPeriod(code: "2021")!.label == "năm 2021")
        #expect(ReportPeriod(code: "2021-9M")!.label == "9 tháng đầu năm 2021")
        #expect(ReportPeriod(code: "2021-Q2")!.label == "quý II năm 2021")
        #expect(ReportPeriod(code: "2024-M02")!.to == d("2024-02-29"))
        #expect(ReportPeriod(code: "2024-M02")!.label == "tháng 2 năm 2024")
        #expect(ReportPeriod(from: d("2021-03-01"), to: d("2021-04-15")).label == "từ ngày 01/03/2021 đến ngày 15/04/2021")
        for bad in ["2021-Q5", "2021-M13", "abc", "2021-H3", ""] { #expect(ReportPeriod(code: bad) == nil, "\(bad)") }
    }

    @Test func seed001HeadlineReadsAsTheReportDid() {
        let counts = TaskCounts(completedOnTime: 42, pendingWithinDeadline: 4)
        let text = ReviewProse.tasks(counts, documents: 20, source: "Chính phủ, Thủ tướng Chính phủ")
        #expect(
            text.contains(
                "là 20 văn bản; đối với 46 nhiệm vụ, đã triển khai 46/46 nhiệm vụ, đã hoàn thành 42 nhiệm vụ "
                    + "(đạt 91,3%), còn lại 04 nhiệm vụ đang thực hiện (không có nhiệm vụ quá hạn)."))
    }

    @Test func putInHandIsCountedNotAssumed() {
        let counts = TaskCounts(completedOnTime: 42, pendingWithinDeadline: 4)
        func started(_ n: Int?) -> String { ReviewProse.tasks(counts, started: n, documents: 20, source: "X") }
        #expect(started(43).contains("đối với 46 nhiệm vụ, đã triển khai 43/46 nhiệm vụ,"))
        #expect(started(0).contains("đã triển khai 0/46 nhiệm vụ,"))
        #expect(started(46).contains("đã triển khai 46/46 nhiệm vụ,"))
        // Never more than were assigned, whatever the count given.
        #expect(started(50).contains("đã triển khai 46/46 nhiệm vụ,"))
    }

    @Test func lateAndOverdueTasksAreNamed() {
        let text = ReviewProse.tasks(
            TaskCounts(
                completedOnTime: 5, completedLate: 2, pendingWithinDeadline: 1, pendingOverdue: 3,
                pendingNoDeadline: 1),
            documents: 9, source: "UBND tỉnh")
        #expect(text.contains("là 09 văn bản"))
        #expect(text.contains("đã hoàn thành 07 nhiệm vụ (đạt 58,3%; 05 nhiệm vụ đúng hạn, 02 nhiệm vụ quá hạn)"))
        #expect(text.contains("còn lại 05 nhiệm vụ đang thực hiện (trong đó 03 nhiệm vụ quá hạn; 01 nhiệm vụ không thời hạn)."))
        #expect(
            ReviewProse.tasks(TaskCounts(), documents: 0, source: "UBND tỉnh") == "Trong kỳ, không có nhiệm vụ do UBND tỉnh giao."
        )
        #expect(
            ReviewProse.tasks(TaskCounts(completedOnTime: 12), documents: 3, source: "X").hasSuffix(
                "(đạt 100%), không còn nhiệm vụ đang thực hiện."))
    }

    @Test func lateUnitsLargestFirst() {
        #expect(
            ReviewProse.lateUnits([("Sở Y tế", 1), ("Sở Tài chính", 3), ("Sở Nội vụ", 0), ("Sở Công Thương", 1)])
                == "Các đơn vị còn nhiệm vụ quá hạn: Sở Tài chính (03), Sở Công Thương (01), Sở Y tế (01).")
        #expect(ReviewProse.lateUnits([("Sở Nội vụ", 0)]) == "Không có đơn vị nào còn nhiệm vụ quá hạn.")
    }

    @Test func carriedOverTasksAreToldApart() {
        let source = "Chính phủ, Thủ tướng Chính phủ"
        #expect(ReviewProse.carriedOver(TaskCounts(), source: source) == nil)
        #expect(
            ReviewProse.carriedOver(
                TaskCounts(completedOnTime: 1, completedLate: 1, pendingWithinDeadline: 2, pendingOverdue: 1), source: source)
                == "Các nhiệm vụ từ kỳ trước chuyển sang: 05 nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao; đến nay đã hoàn "
                + "thành 02 nhiệm vụ, còn 03 nhiệm vụ đang thực hiện (trong đó 01 nhiệm vụ quá hạn).")
        #expect(
            ReviewProse.carriedOver(TaskCounts(completedOnTime: 12), source: "Tỉnh ủy")
                == "Các nhiệm vụ từ kỳ trước chuyển sang: 12 nhiệm vụ do Tỉnh ủy giao; đến nay đã hoàn thành 12 nhiệm vụ.")
        #expect(
            ReviewProse.carriedOver(TaskCounts(pendingNoDeadline: 1), source: "HĐND tỉnh")
                == "Các nhiệm vụ từ kỳ trước chuyển sang: 01 nhiệm vụ do HĐND tỉnh giao; đến nay còn 01 nhiệm vụ đang thực hiện.")
    }
}
