import DieuHanhCore
import DieuHanhOffice
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The national tracker's export (DOMAIN §12) through the office's pages and the command line: mapped once, kept,
/// imported idempotently by the tracker's own task id.
@Suite("Importing the national tracker's export")
struct TrackerImportTests {
    static let header = [
        "STT", "Mã nhiệm vụ", "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan giao", "Nội dung nhiệm vụ",
        "Đơn vị chủ trì", "Hạn xử lý", "Ngày hoàn thành",
    ]

    /// An export as such systems write it: a title above the header, the document's date as an Excel day number.
    static func export(completedOn: String = "", deadline: String = "31/12/2021") throws -> Data {
        typealias Cell = XLSXWorkbook.Cell
        let rows: [[Cell]] = [
            header.map { .text($0) },
            [
                .number(1), .text("12345"), .text("78/CT-TTg"), .number(44514), .text("Về sắp xếp đơn vị hành chính"),
                .text("Thủ tướng Chính phủ"), .text("Xây dựng kế hoạch bồi thường, giải phóng mặt bằng"),
                .text("UBND tỉnh Kiên Giang"), .text(deadline), .text(completedOn),
            ],
            [
                .number(2), .text("12346"), .text("78/CT-TTg"), .number(44514), .text("Về sắp xếp đơn vị hành chính"),
                .text("Thủ tướng Chính phủ"), .text("Báo cáo kết quả sắp xếp"), .text("Sở Tài chính"), .text("15/01/2022"),
                .text(""),
            ],
        ]
        let sheet = XLSXWorkbook.Sheet(
            name: "Nhiệm vụ", title: ["DANH SÁCH NHIỆM VỤ CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ GIAO"], rows: rows)
        return try XLSXWriter.data(XLSXWorkbook(sheets: [sheet]))
    }

    func setUp(_ app: Application) async throws -> (SmallProvince, Browser) {
        let p = try await SmallProvince.make(app)
        _ = try await makeUnit(app, "TTG", "Thủ tướng Chính phủ", kind: .government)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        let office = Browser(app)
        try await office.signIn("vanphong")
        try await office.get("/tasks/tracker")
        return (p, office)
    }

    func upload(_ office: Browser, _ data: Data, name: String = "nhiem-vu.xlsx") async throws -> TestingHTTPResponse {
        try await office.postMultipart("/tasks/tracker", [:], files: [TestUpload(fileName: name, data: data, field: "file")])
    }

    /// The mapping form's fields as the office leaves them: the guesses, and UBND for the province's name.
    func mapping(_ page: String, unit: String = "UBND") -> [String: String] {
        var form: [String: String] = ["unit_count": "1", "unit_name_0": "UBND tỉnh Kiên Giang", "unit_code_0": unit]
        for (name, value) in [("token", #"name="token" value="([^"]+)""#), ("file_name", #"name="file_name" value="([^"]+)""#)] {
            if let match = page.firstMatch(of: try! Regex(value)) { form[name] = String(match.output[1].substring ?? "") }
        }
        let guesses: [TrackerField: String] = [
            .id: "Mã nhiệm vụ", .notation: "Số, ký hiệu", .documentDate: "Ngày ban hành", .summary: "Trích yếu",
            .assigner: "Cơ quan giao", .content: "Nội dung nhiệm vụ", .lead: "Đơn vị chủ trì", .deadline: "Hạn xử lý",
            .completedOn: "Ngày hoàn thành",
        ]
        for (field, header) in guesses { form["column_\(field.rawValue)"] = header }
        return form
    }

    @Test func theOfficeMapsAFirstExportOnceAndLaterExportsGoStraightIn() async throws {
        try await withTestApp { app in
            let (p, office) = try await setUp(app)
            let first = try await upload(office, try Self.export())
            #expect(first.status == .ok)
            let page = first.body.string
            // Guessed from the headers below the title: the id's column is chosen, the unknown unit asked for.
            #expect(
                page.contains(#"<option value="Mã nhiệm vụ" selected="selected">"#)
                    || page.contains(#"value="Mã nhiệm vụ" selected"#))
            #expect(page.contains("dòng tiêu đề là dòng 3, có 2 dòng nhiệm vụ"))
            #expect(page.contains("UBND tỉnh Kiên Giang"))
            #expect(try await TaskItem.query(on: app.db).count() == 0)

            var form = mapping(page, unit: "")
            let refused = try await office.post("/tasks/tracker/mapping", form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Chọn đơn vị tương ứng."))
            #expect(try await TaskItem.query(on: app.db).count() == 0)

            form["unit_code_0"] = "UBND"
            let done = try await office.post("/tasks/tracker/mapping", form)
            #expect(done.status == .seeOther)
            let tasks = try await TaskItem.query(on: app.db).sort(\.$ma).all()
            #expect(tasks.map(\.ma) == ["VPCP-12345", "VPCP-12346"])
            #expect(tasks.map(\.leadUnitID) == [p.ubnd.id, p.stc.id])
            #expect(tasks[0].deadline == "2021-12-31" && tasks[0].assignedOn == "2021-11-14")
            let document = try #require(try await Document.find(tasks[0].documentID, on: app.db))
            #expect(document.notation == "78/CT-TTg" && document.issuedOn == "2021-11-14")
            let saved = try #require(try await TrackerSettings.current(on: app.db))
            #expect(saved.units["ubnd tinh kien giang"] == "UBND" && saved.columns[.id] == "Mã nhiệm vụ")

            // The same export again: straight in, nothing changes.
            let again = try await upload(office, try Self.export())
            #expect(again.status == .seeOther)
            let list = try await office.get(again.headers.first(name: .location) ?? "/tasks").body.string
            #expect(list.contains("0 nhiệm vụ mới, 0 cập nhật, 2 không đổi"))
            // A later export with the first task completed: one task changes.
            let later = try await upload(office, try Self.export(completedOn: "20/12/2021"))
            #expect(later.status == .seeOther)
            #expect(try await office.get("/tasks").body.string.contains("0 nhiệm vụ mới, 1 cập nhật, 1 không đổi"))
            let kinds = try await TaskEventRecord.query(on: app.db).filter(\.$taskID == tasks[0].id!).all().map(\.kind)
            #expect(kinds.contains("completion_reported"))
        }
    }

    @Test func aBadRowIsNamedByItsLineAndTheExportsHeaderAndNothingIsWritten() async throws {
        try await withTestApp { app in
            let (_, office) = try await setUp(app)
            let first = try await upload(office, try Self.export(deadline: "31/02/2022"))
            let response = try await office.post("/tasks/tracker/mapping", mapping(first.body.string))
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            // Line 4 of the workbook: the title, a blank line, the header, then this row.
            #expect(html.contains("Dòng 4"))
            #expect(html.contains("cột “Hạn xử lý”") && !html.contains("han_xu_ly"))
            #expect(try await TaskItem.query(on: app.db).count() == 0)
            #expect(try await TrackerSettings.current(on: app.db) == nil)
        }
    }

    @Test func aCSVExportWithItsColumnsReorderedReadsTheSameFromTheCommandLine() async throws {
        try await withTestApp { app in
            let (p, office) = try await setUp(app)
            let path = NSTemporaryDirectory() + "tracker-\(UUID().uuidString).csv"
            defer { try? FileManager.default.removeItem(atPath: path) }
            let csv =
                "Hạn xử lý,Nội dung nhiệm vụ,Mã nhiệm vụ,Cơ quan giao,Số, ký hiệu,Ngày ban hành,Đơn vị chủ trì\n"
                .replacingOccurrences(of: "Số, ký hiệu", with: "\"Số, ký hiệu\"")
                + "30/06/2022,Rà soát quy hoạch,777,Thủ tướng Chính phủ,12/QĐ-TTg,05/01/2022,UBND tỉnh Kiên Giang\n"
            try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
            // No mapping saved yet: the command says where the office sets it, and writes nothing.
            await #expect(throws: (any Error).self) { _ = try await runCommand(app, ["import", "tracker", path]) }
            // The office maps the XLSX export once…
            let first = try await upload(office, try Self.export())
            #expect(try await office.post("/tasks/tracker/mapping", mapping(first.body.string)).status == .seeOther)
            // …and the CSV, columns in another order, is read with that mapping.
            let out = try await runCommand(app, ["import", "tracker", path])
            #expect(out.contains("1 nhiệm vụ mới"))
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "VPCP-777").first())
            #expect(task.leadUnitID == p.ubnd.id && task.deadline == "2022-06-30")
        }
    }

    @Test func anEmptyFileIsRefusedInWordsAndTheServerStaysUp() async throws {
        try await withTestApp { app in
            let (_, office) = try await setUp(app)
            let empty = try XLSXWriter.data(XLSXWorkbook(sheets: [XLSXWorkbook.Sheet(name: "Trống", rows: [])]))
            let refused = try await upload(office, empty)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("tệp không có dòng nào"))
            let blank = try await upload(office, Data(",,\n,,\n".utf8), name: "trong.csv")
            #expect(blank.status == .unprocessableEntity)
            #expect(blank.body.string.contains("tệp trống"))
            #expect(try await office.get("/health").status == .ok)
        }
    }

    @Test func onlyTheOfficeImports() async throws {
        try await withTestApp { app in
            _ = try await setUp(app)
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            #expect(try await officer.get("/tasks/tracker").status == .forbidden)
            #expect(!(try await officer.get("/tasks").body.string.contains("/tasks/tracker")))
        }
    }
}
