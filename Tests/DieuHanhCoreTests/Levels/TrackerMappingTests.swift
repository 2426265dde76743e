import DieuHanhCore
import Foundation
import Testing

/// The national tracker's export, read with the office's mapping (DOMAIN §12).
@Suite("Mapping the national tracker's export")
struct TrackerMappingTests {
    let headers = [
        "STT", "Mã nhiệm vụ", "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Nội dung nhiệm vụ", "Đơn vị chủ trì",
        "Hạn xử lý", "Ngày hoàn thành", "Ghi chú",
    ]
    let units = [
        TrackerUnit(code: "TTG", name: "Thủ tướng Chính phủ"), TrackerUnit(code: "UBND", name: "Ủy ban nhân dân tỉnh"),
        TrackerUnit(code: "STC", name: "Sở Tài chính"),
    ]

    @Test func aFirstExportIsGuessedFromItsHeadersWithOrWithoutDiacritics() {
        let m = TrackerMapping.suggested(headers: headers)
        #expect(m.columns[.id] == "Mã nhiệm vụ" && m.columns[.notation] == "Số, ký hiệu")
        #expect(m.columns[.documentDate] == "Ngày ban hành" && m.columns[.content] == "Nội dung nhiệm vụ")
        #expect(m.columns[.deadline] == "Hạn xử lý" && m.columns[.completedOn] == "Ngày hoàn thành")
        #expect(m.columns[.assigner] == nil && m.columns[.coordinators] == nil)
        let plain = TrackerMapping.suggested(headers: ["MA NHIEM VU", "so ky hieu", "NGAY VAN BAN", "noi dung"])
        #expect(plain.columns[.id] == "MA NHIEM VU" && plain.columns[.documentDate] == "NGAY VAN BAN")
    }

    @Test func whatIsMissingIsNamedAndADefaultStandsForAColumn() {
        var m = TrackerMapping.suggested(headers: headers)
        #expect(m.problems.map(\.field) == [.assigner])
        m.defaultAssigner = "TTG"
        #expect(m.problems.isEmpty)
        m.columns[.lead] = nil
        #expect(m.problems.map(\.field) == [.lead])
        m.defaultLead = "UBND"
        m.columns[.id] = nil
        #expect(m.problems.map(\.field) == [.id])
        #expect(TrackerMapping().problems.count == 6)
    }

    @Test func theHeaderRowIsFoundBelowATitle() {
        let rows = [
            ["DANH SÁCH NHIỆM VỤ CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ GIAO"], ["Đơn vị: UBND tỉnh"], [], headers,
            ["1", "12345"],
        ]
        #expect(TrackerMapping().headerRow(in: rows) == 3)
        let m = TrackerMapping.suggested(headers: headers)
        #expect(m.headerRow(in: rows) == 3)
        // A required field's header the file lacks: no row is the header; an optional one may be missing.
        var other = m
        other.columns[.summary] = "Tên văn bản"
        #expect(other.headerRow(in: rows) == 3)
        other.columns[.notation] = "Văn bản giao"
        #expect(other.headerRow(in: rows) == nil)
        #expect(TrackerMapping().headerRow(in: [["Báo cáo"], ["a", "b"]]) == nil)
    }

    @Test func unitsByCodeByNameOrByTheOfficesChoice() {
        var m = TrackerMapping()
        #expect(m.unitCode(for: "stc", among: units) == "STC")
        #expect(m.unitCode(for: "THỦ TƯỚNG CHÍNH PHỦ", among: units) == "TTG")
        #expect(m.unitCode(for: "UBND tỉnh Kiên Giang", among: units) == nil)
        m.units[TrackerMapping.key("UBND tỉnh Kiên Giang")] = "UBND"
        #expect(m.unitCode(for: "  UBND  tinh Kien Giang ", among: units) == "UBND")
        #expect(m.unitCode(for: "", among: units) == nil)
        m.columns = [.lead: "Chủ trì", .coordinators: "Phối hợp"]
        let unknown = m.unknownUnits(
            in: [["Sở Tài chính", "Bộ Tài chính; Sở Xây dựng"], ["UBND tỉnh Kiên Giang", "bộ tài chính"]],
            header: ["Chủ trì", "Phối hợp"], among: units)
        #expect(unknown == ["Bộ Tài chính", "Sở Xây dựng"])
        #expect(TrackerMapping.names("Sở A; Sở B,\nSở C") == ["Sở A", "Sở B", "Sở C"])
    }

    @Test func datesAsWrittenOrAsExcelDayNumbers() {
        func serial(_ value: Double) -> (year: Int, month: Int, day: Int)? { value == 45291 ? (2023, 12, 31) : nil }
        #expect(TrackerMapping.dateText("8/11/2025", fromSerial: serial) == "08/11/2025")
        #expect(TrackerMapping.dateText("45291", fromSerial: serial) == "31/12/2023")
        #expect(TrackerMapping.dateText("08/11/2025 00:00:00", fromSerial: serial) == "08/11/2025")
        #expect(TrackerMapping.dateText("2025-11-08T00:00:00", fromSerial: serial) == "08/11/2025")
        // A year alone is not a day number; unreadable text is left for the import to name.
        #expect(TrackerMapping.dateText("2025", fromSerial: serial) == "2025")
        #expect(TrackerMapping.dateText("quý IV", fromSerial: serial) == "quý IV")
        #expect(TrackerMapping.dateText("", fromSerial: serial) == "")
    }

    @Test func theMappingIsKeptAsJSONByFieldName() throws {
        var m = TrackerMapping.suggested(headers: headers)
        m.defaultAssigner = "TTG"
        m.units["ubnd tinh kien giang"] = "UBND"
        let json = String(decoding: try JSONEncoder().encode(m), as: UTF8.self)
        #expect(json.contains("\"id\":\"Mã nhiệm vụ\"") || json.contains("\"id\":\"M\\u00e3"))
        #expect(try JSONDecoder().decode(TrackerMapping.self, from: Data(json.utf8)) == m)
    }
}
