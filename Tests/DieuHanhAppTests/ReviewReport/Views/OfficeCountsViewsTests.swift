import DieuHanhCore
import Foundation
import Testing

@testable import DieuHanhApp

/// The office's documents-and-meetings grid rendered from its model alone (no database).
@Suite("Documents and meetings grid from its model")
struct OfficeCountsViewsTests {
    func request(_ code: String) throws -> ReviewReportRequest {
        try ReviewReportRequest.parse(
            period: code, from: nil, to: nil, asOf: nil, today: ViewTesting.today, t: Localizer(language: .vi))
    }

    @Test func everyCodeHasABoxWithWhatIsRecordedBesideIt() throws {
        var model = OfficeCountsPage.Model(query: .init(), request: try request("2026-H1"))
        model.values = ["van_ban_di_QD": "1.712", "van_ban_den_tong": "15.573"]
        model.recorded = ["van_ban_di_QD": 2, "cuoc_hop_thuong_ky": 5, "van_ban_di_KHAC": 3]
        let html = ViewTesting.html(OfficeCountsPage.response(ViewTesting.context(), model: model))
        #expect(html.contains("từ 01/01/2026 đến 30/06/2026"))
        for label in [
            "Văn bản quy phạm pháp luật", "Quyết định", "Chỉ thị", "Kế hoạch", "Tờ trình", "Báo cáo", "Thông báo", "Công văn",
            "Văn bản khác", "Số văn bản đến đã tiếp nhận, xử lý", "Phiên họp thường kỳ", "Cuộc họp chuyên đề",
            "Phiên họp bất thường", "Hội nghị", "Cuộc họp giao ban", "Buổi làm việc",
        ] {
            #expect(html.contains(">\(label)<"), "\(label)")
        }
        #expect(html.contains("value=\"1.712\"") && html.contains("value=\"15.573\""))
        #expect(html.contains("Đã ghi nhận trên hệ thống: 2") && html.contains("Đã ghi nhận trên hệ thống: 5"))
        // Types without a box of their own (a nghị quyết, a kết luận) are recorded under "other documents".
        #expect(html.contains("Các loại văn bản còn lại: chỉ tính vào tổng số văn bản đi · Đã ghi nhận trên hệ thống: 3"))
        #expect(html.contains("inputmode=\"numeric\""))
        #expect(html.contains("/reports/review/counts/import?from=2026-01-01"))
        #expect(!html.contains("ví dụ") && !html.contains("dieuhanh "))
    }

    @Test func aWrongCountIsNamedBesideWhatWasTyped() throws {
        var model = OfficeCountsPage.Model(query: .init(), request: try request("2026-H1"))
        model.values = ["cuoc_hop_giao_ban": "12a"]
        model.errors = [.init(field: "cuoc_hop_giao_ban", message: "Cuộc họp giao ban: “12a” không phải số nguyên")]
        let html = ViewTesting.html(
            OfficeCountsPage.response(ViewTesting.context(), model: model, status: .unprocessableEntity))
        #expect(html.contains("href=\"#f-cuoc_hop_giao_ban\""))
        #expect(html.contains("value=\"12a\""))
        #expect(html.contains("field has-error"))
    }

    @Test func withoutAPeriodThePageAsksForOne() {
        let model = OfficeCountsPage.Model(query: .init())
        let html = ViewTesting.html(OfficeCountsPage.response(ViewTesting.context(), model: model))
        #expect(html.contains("Chọn kỳ báo cáo để nhập số liệu."))
        #expect(!html.contains("van_ban_di_QD"))
    }
}
