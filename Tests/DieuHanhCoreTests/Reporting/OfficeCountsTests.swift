import Foundation
import Testing

@testable import DieuHanhCore

@Suite("Office counts: recorded + entered documents and meetings, and their sentence")
struct OfficeCountsTests {
    @Test func recordedAndEnteredAddUpPerCode() {
        let combined = OfficeCounts.combine(recorded: ["QĐ": 2, "TB": 1], entered: ["QĐ": 1_122, "CV": 1_678, "KH": 0])
        #expect(combined == ["QĐ": 1_124, "TB": 1, "CV": 1_678, "KH": 0])
        #expect(OfficeCounts.combine(recorded: [:], entered: [:]).isEmpty)
        #expect(OfficeCounts.combine(recorded: ["CT": 3], entered: [:]) == ["CT": 3])
    }

    @Test func aRecordedDocumentCountsUnderItsTypeALegalOneApart() throws {
        func code(_ notation: String) throws -> String { OfficeCounts.code(of: try DocumentNumber.parse(notation).get()) }
        #expect(try code("14/2020/QĐ-UBND") == "QPPL")
        #expect(try code("1713/QĐ-UBND") == "QĐ")
        #expect(try code("4049/UBND-TH") == "CV")
        #expect(try code("127/TB-UBND") == "TB")
        // A Party document has no year in its notation and is never legal normative.
        #expect(try code("36-NQ/TW") == "NQ")
    }

    @Test func codesAreReadInAnyCaseWithDForĐ() {
        #expect(OfficeCounts.canonicalCode("qd", in: .issued) == "QĐ")
        #expect(OfficeCounts.canonicalCode(" ttr ", in: .issued) == "TTr")
        #expect(OfficeCounts.canonicalCode("qppl", in: .issued) == "QPPL")
        #expect(OfficeCounts.canonicalCode("Giao_ban", in: .meetings) == "giao_ban")
        #expect(OfficeCounts.canonicalCode("", in: .received) == "")
        #expect(OfficeCounts.canonicalCode("CV", in: .received) == nil)
        #expect(OfficeCounts.canonicalCode("NQ", in: .issued) == nil)
        #expect(OfficeCounts.canonicalCode("giao_ban", in: .issued) == nil)
    }

    @Test func countsAreWholeNumbersWithThousandsGrouped() {
        #expect(OfficeCounts.parseCount("0") == 0)
        #expect(OfficeCounts.parseCount("08") == 8)
        #expect(OfficeCounts.parseCount("15.573") == 15_573)
        #expect(OfficeCounts.parseCount("15 573") == 15_573)
        #expect(OfficeCounts.parseCount("1.234.567") == 1_234_567)
        #expect(OfficeCounts.parseCount("9.999.999") == 9_999_999)
        #expect(OfficeCounts.parseCount("10.000.000") == nil)
        for bad in ["", "-1", "1,5", "15.57", "1573.", ".573", "12a", "١٢", "1..573", "1234.567"] {
            #expect(OfficeCounts.parseCount(bad) == nil, "\(bad)")
        }
    }

    @Test func seed002sSentenceAllEntered() {
        let entered = ["QĐ": 1_124, "CV": 1_678, "CT": 13, "QPPL": 10, "KHAC": 1_560]
        let meetings = ["giao_ban": 23, "chuyen_de": 9]
        let figures = OfficeFigures(
            issued: entered, received: 15_573, meetings: meetings.merging(["thuong_ky": 0]) { a, _ in a },
            enteredIssued: entered, enteredReceived: 15_573, enteredMeetings: meetings)
        #expect(
            ReviewProse.documentsAndMeetings(figures)
                == "Trong kỳ, UBND tỉnh đã tiếp nhận và xử lý 15.573 văn bản đến; ban hành 4.385 văn bản đi, trong đó có: "
                + "10 văn bản quy phạm pháp luật, 1.124 quyết định, 13 chỉ thị, 1.678 công văn; tổ chức 09 cuộc họp chuyên "
                + "đề, 23 cuộc họp giao ban (số liệu văn bản đến, văn bản đi và cuộc họp do Văn phòng tổng hợp từ hệ thống "
                + "quản lý văn bản).")
    }

    @Test func recordedOnlyNeedsNoNoteAndNothingSaysNothing() {
        #expect(ReviewProse.documentsAndMeetings(OfficeFigures()) == nil)
        #expect(ReviewProse.documentsAndMeetings(OfficeFigures(issued: ["QĐ": 0], meetings: ["thuong_ky": 0])) == nil)
        let recorded = OfficeFigures(issued: ["TB": 2, "CT": 8], meetings: ["thuong_ky": 5, "bat_thuong": 2])
        #expect(
            ReviewProse.documentsAndMeetings(recorded)
                == "Trong kỳ, UBND tỉnh đã ban hành 10 văn bản đi, trong đó có: 08 chỉ thị, 02 thông báo; tổ chức 05 "
                + "phiên họp thường kỳ, 02 phiên họp bất thường.")
    }

    @Test func aCategoryPartlyRecordedNamesOnlyWhatWasEntered() {
        let figures = OfficeFigures(
            issued: ["QĐ": 1_713, "TB": 127], meetings: ["thuong_ky": 5, "giao_ban": 13], enteredIssued: ["QĐ": 1_700],
            enteredMeetings: ["giao_ban": 13])
        let sentence = ReviewProse.documentsAndMeetings(figures, subject: "UBND tỉnh Bình Dương")
        #expect(
            sentence
                == "Trong kỳ, UBND tỉnh Bình Dương đã ban hành 1.840 văn bản đi, trong đó có: 1.713 quyết định, 127 thông "
                + "báo; tổ chức 05 phiên họp thường kỳ, 13 cuộc họp giao ban (số liệu quyết định và cuộc họp giao ban do "
                + "Văn phòng tổng hợp từ hệ thống quản lý văn bản).")
        // Entered as none: counted, but nothing to attribute.
        let zero = OfficeFigures(received: 0, meetings: ["thuong_ky": 1], enteredReceived: 0)
        #expect(ReviewProse.documentsAndMeetings(zero) == "Trong kỳ, UBND tỉnh đã tổ chức 01 phiên họp thường kỳ.")
    }
}
