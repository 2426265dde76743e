import DieuHanhCore
import Testing

/// A unit's answer cut into the report's sections by the headings it was given.
@Suite("Review report: units' parts by section")
struct ReviewContributionsTests {
    let titles = ["Kiểm điểm công tác chỉ đạo, điều hành", "Phương châm chỉ đạo, điều hành", "Kết quả thực hiện"]

    @Test func theTemplateIsTheHeadingsWithRoomUnderEach() {
        #expect(ReviewContributions.template(headings: ["I. A", "1. B"]) == "I. A\n\n1. B\n")
    }

    @Test func textUnderAHeadingBelongsToItsSection() {
        let text = """
            Sở Nội vụ báo cáo như sau:
            I. KIỂM ĐIỂM CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

            1. phuong cham chi dao, dieu hanh:
            Chủ động, linh hoạt.
            - Sát thực tiễn;

            2. Kết quả thực hiện
            Hoàn thành 12/12 nhiệm vụ.
            """
        let split = ReviewContributions.split(text, titles: titles)
        #expect(split.unplaced == "Sở Nội vụ báo cáo như sau:")
        #expect(split.bySection[0] == nil, "an empty section is left out")
        #expect(split.bySection[1] == "Chủ động, linh hoạt.\n- Sát thực tiễn;")
        #expect(split.bySection[2] == "Hoàn thành 12/12 nhiệm vụ.")
    }

    @Test func aLineThatOnlyMentionsAHeadingIsText() {
        let split = ReviewContributions.split(
            "Kết quả thực hiện\nKết quả thực hiện tốt hơn năm trước.\n- Kết quả thực hiện", titles: titles)
        // "- " is a bullet, not a number: a bullet that repeats the heading's words is text.
        #expect(split.bySection[2] == "Kết quả thực hiện tốt hơn năm trước.\n- Kết quả thực hiện")
        // The heading named again, numbered otherwise: the same section goes on.
        let again = ReviewContributions.split("Kết quả thực hiện\n- a\n1) Kết quả thực hiện\nb", titles: titles)
        #expect(again.bySection[2] == "- a\nb")
    }

    @Test func noHeadingsMeansNothingPlaced() {
        let split = ReviewContributions.split("Chỉ một đoạn\r\nvà một đoạn nữa", titles: titles)
        #expect(split.bySection.isEmpty && split.unplaced == "Chỉ một đoạn\nvà một đoạn nữa")
        let empty = ReviewContributions.split("", titles: titles)
        #expect(empty.bySection.isEmpty && empty.unplaced.isEmpty)
    }
}
