import Foundation

@testable import DieuHanhOffice

/// A report laid out like a real one: header block, title, body, signature, and a landscape appendix.
enum DOCXSample {
    static func report(appendixRows: Int = 30) -> DOCXDocument {
        let header = DOCXTable(
            columnWidths: [6, 10.5],
            rows: [
                DOCXTableRow([
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph("UBND TỈNH BÌNH DƯƠNG", size: 13, bold: true, alignment: .center),
                        .rule(widthCm: 2),
                    ]),
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size: 12, bold: true, alignment: .center),
                        DOCXParagraph("Độc lập - Tự do - Hạnh phúc", size: 13, bold: true, alignment: .center),
                        .rule(widthCm: 5.6),
                    ]),
                ]),
                DOCXTableRow([
                    DOCXTableCell(paragraphs: [DOCXParagraph("Số: 123/BC-UBND", size: 13, alignment: .center, spacingBeforePt: 6)]
                    ),
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph(
                            "Bình Dương, ngày 15 tháng 3 năm 2025", size: 13, italic: true,
                            alignment: .center, spacingBeforePt: 6)
                    ]),
                ]),
            ], bordered: false, cellPaddingCm: 0)

        func body(_ text: String) -> DOCXBlock {
            .paragraph(
                DOCXParagraph(
                    text, alignment: .justified, firstLineIndentCm: 1, spacingBeforePt: 6,
                    lineSpacing: .multiple(1.15)))
        }
        let signature = DOCXTable(
            columnWidths: [1, 1],
            rows: [
                DOCXTableRow([
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph("Nơi nhận:", size: 12, bold: true, italic: true),
                        DOCXParagraph(
                            "- Thường trực Tỉnh ủy;\n- Thường trực HĐND tỉnh;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, TH.",
                            size: 11),
                    ]),
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph(
                            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", size: 14, bold: true, alignment: .center),
                        DOCXParagraph("\n\n\n", size: 14),
                        DOCXParagraph("Nguyễn Văn A", size: 14, bold: true, alignment: .center),
                    ]),
                ])
            ], bordered: false, cellPaddingCm: 0)

        var appendixRowsList = [
            DOCXTableRow(
                [
                    DOCXTableCell("TT", bold: true, alignment: .center, verticalMerge: .restart, verticalAlignment: .center),
                    DOCXTableCell(
                        "Nội dung nhiệm vụ", bold: true, alignment: .center, verticalMerge: .restart, verticalAlignment: .center),
                    DOCXTableCell(
                        "Đơn vị chủ trì", bold: true, alignment: .center, verticalMerge: .restart, verticalAlignment: .center),
                    DOCXTableCell("Tiến độ", bold: true, alignment: .center, columnSpan: 2),
                    DOCXTableCell("Ghi chú", bold: true, alignment: .center, verticalMerge: .restart, verticalAlignment: .center),
                ], isHeader: true),
            DOCXTableRow(
                [
                    DOCXTableCell("", verticalMerge: .continue), DOCXTableCell("", verticalMerge: .continue),
                    DOCXTableCell("", verticalMerge: .continue),
                    DOCXTableCell("Thời hạn", bold: true, alignment: .center),
                    DOCXTableCell("Tình trạng", bold: true, alignment: .center),
                    DOCXTableCell("", verticalMerge: .continue),
                ], isHeader: true),
        ]
        for n in 1...max(1, appendixRows) {
            appendixRowsList.append(
                DOCXTableRow([
                    DOCXTableCell("\(n)", alignment: .center),
                    DOCXTableCell(
                        "Rà soát, hoàn thiện hồ sơ thủ tục hành chính lĩnh vực đất đai & xây dựng, đợt \(n)",
                        alignment: .justified),
                    DOCXTableCell("Sở Tài nguyên và Môi trường"),
                    DOCXTableCell("31/3/2025", alignment: .center),
                    DOCXTableCell(n % 3 == 0 ? "Quá hạn" : "Đang thực hiện", alignment: .center),
                    DOCXTableCell(""),
                ]))
        }
        let appendix = DOCXTable(columnWidths: [1.2, 9, 5, 2.8, 3.2, 3], rows: appendixRowsList, fontSize: 12)

        return DOCXDocument(
            blocks: [
                .table(header),
                .paragraph(DOCXParagraph("BÁO CÁO", size: 14, bold: true, alignment: .center, spacingBeforePt: 24)),
                .paragraph(
                    DOCXParagraph(
                        "Kiểm điểm tình hình thực hiện nhiệm vụ quý I năm 2025", size: 14, bold: true,
                        alignment: .center)),
                .paragraph(.rule(widthCm: 4, spacingAfterPt: 12)),
                body(
                    "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh về việc theo dõi, đôn đốc "
                        + "thực hiện nhiệm vụ được giao, Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện quý I năm 2025 như sau:"),
                .paragraph(
                    DOCXParagraph(
                        "I. KẾT QUẢ THỰC HIỆN", bold: true, alignment: .justified, firstLineIndentCm: 1,
                        spacingBeforePt: 6, keepWithNext: true)),
                body(
                    "Trong quý I, các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố đã triển khai "
                        + "thực hiện 120 nhiệm vụ; trong đó 95 nhiệm vụ đã hoàn thành đúng hạn, 15 nhiệm vụ đang thực hiện "
                        + "trong hạn và 10 nhiệm vụ quá hạn (chi tiết tại Phụ lục kèm theo)."),
                body(
                    "Một số nhiệm vụ quá hạn do vướng mắc về thủ tục, cần có ý kiến của các bộ, ngành Trung ương; "
                        + "các cơ quan chủ trì đã có văn bản giải trình và đề xuất thời hạn mới."),
                .paragraph(
                    DOCXParagraph(
                        "II. NHIỆM VỤ TRỌNG TÂM QUÝ II", bold: true, alignment: .justified,
                        firstLineIndentCm: 1, spacingBeforePt: 6, keepWithNext: true)),
                body(
                    "Tiếp tục đôn đốc các cơ quan, đơn vị hoàn thành dứt điểm các nhiệm vụ quá hạn; tăng cường "
                        + "kiểm tra, giám sát việc thực hiện nhiệm vụ theo đúng tiến độ đề ra."),
                .paragraph(
                    DOCXParagraph(
                        "Trên đây là báo cáo kiểm điểm của Ủy ban nhân dân tỉnh./.", alignment: .justified,
                        firstLineIndentCm: 1, spacingBeforePt: 6, spacingAfterPt: 12)),
                .table(signature),
                .sectionBreak(.landscape),
                .paragraph(DOCXParagraph("Phụ lục", size: 14, bold: true, alignment: .center)),
                .paragraph(
                    DOCXParagraph("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2025", size: 14, bold: true, alignment: .center)),
                .paragraph(
                    DOCXParagraph(
                        "(Kèm theo Báo cáo số 123/BC-UBND ngày 15/3/2025 của UBND tỉnh)", size: 14,
                        italic: true, alignment: .center, spacingAfterPt: 12)),
                .table(appendix),
            ], title: "Báo cáo kiểm điểm quý I", date: Date(timeIntervalSince1970: 1_741_996_800))
    }
}
