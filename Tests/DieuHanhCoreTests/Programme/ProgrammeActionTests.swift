import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate { CivilDate.parse(iso)! }

@Suite("Work-programme steps: who may, and when")
struct ProgrammeActionTests {
    @Test func whoMayTakeEachStep() {
        // The office manages everything but the decisions; leaders decide; a unit officer acts on its own items.
        for action in ProgrammeAction.allCases {
            let decision = [.approvePostponement, .refusePostponement, .approveWithdrawal, .refuseWithdrawal].contains(action)
            #expect(action.isAllowed(for: .coordinator, ownsItem: false) == !decision, "\(action)")
            #expect(action.isAllowed(for: .leader, ownsItem: false) == decision, "\(action)")
            #expect(action.isAllowed(for: .admin, ownsItem: false), "\(action)")
            #expect(!action.isAllowed(for: .viewer, ownsItem: true), "\(action)")
            let unitStep = [.submit, .requestPostponement, .requestWithdrawal].contains(action)
            #expect(action.isAllowed(for: .unitOfficer, ownsItem: true) == unitStep, "\(action)")
            #expect(!action.isAllowed(for: .unitOfficer, ownsItem: false), "\(action)")
        }
    }

    @Test func whatTheStateAllows() {
        let fresh = ProgrammeLifecycleState()
        #expect(
            ProgrammeAction.allCases.filter { $0.isPossible(in: fresh) } == [.submit, .requestPostponement, .requestWithdrawal])

        let submitted = ProgrammeLifecycleState(events: [ProgrammeEvent(kind: .submitted, recordedOn: d("2020-05-02"))])
        #expect(submitted.submittedOn == d("2020-05-02"))
        #expect(ProgrammeAction.allCases.filter { $0.isPossible(in: submitted) } == [.issue, .requestWithdrawal])

        let issued = ProgrammeLifecycleState(events: [
            ProgrammeEvent(kind: .submitted, recordedOn: d("2020-05-02")),
            ProgrammeEvent(kind: .issued, recordedOn: d("2020-05-20")),
        ])
        #expect(ProgrammeAction.allCases.filter { $0.isPossible(in: issued) }.isEmpty)

        let asking = ProgrammeLifecycleState(events: [
            ProgrammeEvent(
                kind: .postponementRequested, recordedOn: d("2020-05-02"),
                newMonth: CivilMonth(year: 2020, month: 8))
        ])
        #expect(asking.requestedMonth == CivilMonth(year: 2020, month: 8))
        #expect(
            ProgrammeAction.allCases.filter { $0.isPossible(in: asking) } == [.submit, .approvePostponement, .refusePostponement])

        let withdrawing = ProgrammeLifecycleState(events: [
            ProgrammeEvent(kind: .withdrawalRequested, recordedOn: d("2020-05-02"))
        ])
        #expect(
            ProgrammeAction.allCases.filter { $0.isPossible(in: withdrawing) } == [
                .submit, .approveWithdrawal, .refuseWithdrawal,
            ])

        let withdrawn = ProgrammeLifecycleState(events: [
            ProgrammeEvent(kind: .withdrawalRequested, recordedOn: d("2020-05-02")),
            ProgrammeEvent(kind: .withdrawalApproved, recordedOn: d("2020-05-03")),
        ])
        #expect(ProgrammeAction.allCases.filter { $0.isPossible(in: withdrawn) }.isEmpty)
    }

    @Test func kindsBodiesAndOrigins() {
        #expect(ProgrammeBody(rawValue: "HDND")?.label == "HĐND tỉnh")
        #expect(ProgrammeBody.allCases.map(\.rawValue) == ["UBND", "TTUBND", "TU", "HDND", "CP", "TTG"])
        #expect(ProgrammeOrigin(rawValue: "bo_sung") == .added && ProgrammeOrigin(rawValue: "dau_nam") == .startOfYear)
        #expect(ProgrammeItemKind.guess(from: "Đề án phát triển du lịch") == .scheme)
        #expect(ProgrammeItemKind.guess(from: "Nghị quyết quy định mức chi") == .draftResolution)
        #expect(ProgrammeItemKind.guess(from: "Báo cáo tình hình kinh tế - xã hội") == .report)
        #expect(ProgrammeItemKind.guess(from: "Quy định phạm vi bảo vệ công trình thủy lợi") == .regulation)
        #expect(ProgrammeItemKind.guess(from: "Phân bổ số lượng cán bộ, công chức cấp xã") == .other)
        #expect(ProgrammeItemStatus.overdue.label == "Quá hạn chưa trình")
        #expect(ProgrammeItemStatus.postponed.label == "Đã xin chuyển")
    }
}

@Suite("Review report prose on the work programme")
struct ProgrammeProseTests {
    static let unfinished = [
        "Kế hoạch đầu tư công trung hạn giai đoạn 2021 – 2025 (vòng 2)",
        "Chính sách khuyến khích phát triển nông nghiệp theo hướng nông nghiệp đô thị, nông nghiệp ứng dụng cao",
        "Chính sách hỗ trợ xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
        "Quy định phạm vi bảo vệ công trình thủy lợi, đê điều",
        "Phân bổ số lượng cán bộ, công chức cấp xã.",
    ]

    @Test func seed001() {
        let text = ReviewProse.programme(
            ProgrammeCounts(initial: 40, added: 5, movedOut: 3, submitted: 37, issued: 18),
            periodLabel: "6 tháng đầu năm 2020", unfinished: Self.unfinished)
        #expect(
            text == "Theo Chương trình công tác 6 tháng đầu năm 2020, UBND tỉnh đã thực hiện 37/42 nội dung (đạt 88,1%); "
                + "còn lại 05 nội dung chưa trình: Kế hoạch đầu tư công trung hạn giai đoạn 2021 – 2025 (vòng 2); "
                + "Chính sách khuyến khích phát triển nông nghiệp theo hướng nông nghiệp đô thị, nông nghiệp ứng dụng cao; "
                + "Chính sách hỗ trợ xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu; "
                + "Quy định phạm vi bảo vệ công trình thủy lợi, đê điều; Phân bổ số lượng cán bộ, công chức cấp xã.")
    }

    @Test func everythingSubmittedSomeLate() {
        let text = ReviewProse.programme(
            ProgrammeCounts(initial: 12, submitted: 12, submittedLate: 2), periodLabel: "quý I năm 2026",
            unfinished: [])
        #expect(
            text == "Theo Chương trình công tác quý I năm 2026, UBND tỉnh đã thực hiện 12/12 nội dung (đạt 100%). "
                + "Trong số nội dung đã trình, có 02 nội dung trình muộn so với tháng kế hoạch.")
    }

    @Test func nothingDue() {
        #expect(
            ReviewProse.programme(ProgrammeCounts(initial: 2, movedOut: 2), periodLabel: "tháng 5 năm 2021", unfinished: [])
                == "Theo Chương trình công tác tháng 5 năm 2021, UBND tỉnh không có nội dung phải trình.")
    }

    @Test func manyItems() {
        let text = ReviewProse.programme(
            ProgrammeCounts(initial: 1_250, submitted: 1_000), periodLabel: "năm 2025", unfinished: [])
        #expect(
            text == "Theo Chương trình công tác năm 2025, UBND tỉnh đã thực hiện 1.000/1.250 nội dung (đạt 80%); "
                + "còn lại 250 nội dung chưa trình.")
    }
}
