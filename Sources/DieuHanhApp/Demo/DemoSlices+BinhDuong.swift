import DieuHanhCore
import Fluent
import Foundation
import Vapor

extension DemoSlices {
    // MARK: - binh-duong-2020 (seed 001)

    /// Government bodies, the one ministry of appendix III, the province and eleven of its departments.
    static let binhDuongUnits: [UnitSpec] = [
        unit("CP", "Chính phủ", .government),
        unit("TTG", "Thủ tướng Chính phủ", .government),
        unit("BYT", "Bộ Y tế", .ministry, "CP"),
        unit("UBND", "Ủy ban nhân dân tỉnh Bình Dương", .province),
        unit("VP", "Văn phòng Ủy ban nhân dân tỉnh", .office, "UBND"),
        unit("SKHDT", "Sở Kế hoạch và Đầu tư", .department, "UBND"),
        unit("STC", "Sở Tài chính", .department, "UBND"),
        unit("SYT", "Sở Y tế", .department, "UBND"),
        unit("SCT", "Sở Công Thương", .department, "UBND"),
        unit("SNV", "Sở Nội vụ", .department, "UBND"),
        unit("STTTT", "Sở Thông tin và Truyền thông", .department, "UBND"),
        unit("STNMT", "Sở Tài nguyên và Môi trường", .department, "UBND"),
        unit("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", .department, "UBND"),
        unit("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", .department, "UBND"),
        unit("SGDDT", "Sở Giáo dục và Đào tạo", .department, "UBND"),
        unit("SKHCN", "Sở Khoa học và Công nghệ", .department, "UBND"),
    ]

    /// The 20 documents of seed 001 §I.3.2. All are named in seed 001 (body text and footnotes 1, 9–16) except
    /// 11/CT-TTg (named in the brief for this slice); 30/NQ-CP and 58/NQ-CP appear only as numbers in footnote 14,
    /// so their trích yếu is left empty.
    private enum BD {
        static let nq01 = document(
            "01/NQ-CP", "01/01/2020", "CP",
            "Về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2020"
        )
        static let nq02 = document(
            "02/NQ-CP", "01/01/2020", "CP",
            "Về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2020 và định hướng đến năm 2021"
        )
        static let ct07 = document("07/CT-TTg", "04/02/2020", "TTG", "Về giải pháp thúc đẩy tăng năng suất lao động quốc gia")
        static let ct09 = document(
            "09/CT-TTg", "18/02/2020", "TTG",
            "Về hỗ trợ doanh nghiệp chuyển giao công nghệ, đổi mới sáng tạo, ứng dụng khoa học, công nghệ")
        static let qd283 = document(
            "283/QĐ-TTg", "19/02/2020", "TTG",
            "Về cơ cấu lại ngành dịch vụ đến năm 2020, định hướng đến năm 2025")
        static let ct11 = document(
            "11/CT-TTg", "04/03/2020", "TTG",
            "Về các nhiệm vụ, giải pháp cấp bách tháo gỡ khó khăn cho sản xuất kinh doanh, bảo đảm an sinh xã hội ứng phó với dịch Covid-19"
        )
        static let qd357 = document(
            "357/QĐ-TTg", "10/03/2020", "TTG",
            "Ban hành Kế hoạch triển khai Kết luận số 54-KL/TW ngày 07/8/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn"
        )
        static let nq30 = document("30/NQ-CP", "12/03/2020", "CP", "")
        static let ct15 = document(
            "15/CT-TTg", "27/03/2020", "TTG", "Về quyết liệt thực hiện đợt cao điểm phòng, chống dịch Covid-19")
        static let ct16 = document(
            "16/CT-TTg", "31/03/2020", "TTG", "Về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19")
        static let nq42 = document(
            "42/NQ-CP", "09/04/2020", "CP", "Về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19")
        static let ct17 = document(
            "17/CT-TTg", "13/04/2020", "TTG",
            "Về tăng cường trách nhiệm quản lý nhà nước về an toàn thực phẩm trong tình hình mới")
        static let qd15 = document(
            "15/2020/QĐ-TTg", "24/04/2020", "TTG",
            "Quy định về việc thực hiện các chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19")
        static let nq58 = document("58/NQ-CP", "27/04/2020", "CP", "")
        static let qd628 = document(
            "628/QĐ-TTg", "11/05/2020", "TTG",
            "Ban hành Kế hoạch thực hiện Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 8 khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo"
        )
        static let nq68 = document(
            "68/NQ-CP", "12/05/2020", "CP",
            "Ban hành Chương trình cắt giảm, đơn giản hóa quy định liên quan đến hoạt động kinh doanh giai đoạn 2020 - 2025")
        static let ct24 = document(
            "24/CT-TTg", "28/05/2020", "TTG",
            "Về đẩy mạnh phát triển nhân lực có kỹ năng nghề, góp phần nâng cao năng suất lao động và tăng năng lực cạnh tranh quốc gia trong tình hình mới"
        )
        static let qd703 = document(
            "703/QĐ-TTg", "28/05/2020", "TTG",
            "Phê duyệt Chương trình phát triển nghiên cứu, sản xuất giống phục vụ cơ cấu lại ngành nông nghiệp giai đoạn 2021 - 2030"
        )
        static let nq84 = document(
            "84/NQ-CP", "29/05/2020", "CP",
            "Về các nhiệm vụ, giải pháp tiếp tục tháo gỡ khó khăn cho sản xuất kinh doanh, thúc đẩy giải ngân vốn đầu tư công và bảo đảm trật tự an toàn xã hội trong bối cảnh đại dịch Covid-19"
        )
        static let ct25 = document(
            "25/CT-TTg", "04/06/2020", "TTG",
            "Về một số nhiệm vụ, giải pháp phát triển công nghiệp chế biến nông lâm thủy sản và cơ giới hóa sản xuất nông nghiệp")
        /// Seed 001, appendix III: a ministry's overdue task that concerns the province.
        static let nd04 = document("04/2019/NĐ-CP", "11/01/2019", "CP", "Về tiêu chuẩn, định mức sử dụng xe ô tô")
    }

    /// 46 tasks of the province + 1 of Bộ Y tế. As of 14/06/2020: 42 completed on time (all completions on or
    /// before 14/06/2020; BD20-07, -13 and -27 only thanks to an extension approved before completing), 4 pending
    /// within deadline (BD20-04, -37, -39 — within only thanks to its extension — and -45). BD20-37 and BD20-39
    /// are completed later in 2020, which must not change the figures as of 14/06/2020.
    static let binhDuongTasks: [TaskSpec] = [
        // 01/NQ-CP: the province's action plan is Kế hoạch số 266/KH-UBND ngày 20/01/2020 (seed 001 preamble).
        task(
            "BD20-01", BD.nq01,
            "Xây dựng, ban hành Kế hoạch hành động của UBND tỉnh thực hiện Nghị quyết số 01/NQ-CP, gửi Bộ Kế hoạch và Đầu tư",
            lead: "SKHDT", with: ["VP"], due: "31/01/2020", done: "20/01/2020"),
        task(
            "BD20-02", BD.nq01,
            "Điều hành dự toán ngân sách nhà nước năm 2020 chặt chẽ, triệt để tiết kiệm chi thường xuyên; báo cáo tình hình thực hiện dự toán quý I",
            lead: "STC", due: "15/04/2020", done: "10/04/2020"),
        task(
            "BD20-03", BD.nq01, "Báo cáo tình hình thực hiện Nghị quyết số 01/NQ-CP quý I năm 2020 gửi Bộ Kế hoạch và Đầu tư",
            lead: "SKHDT", due: "15/03/2020", done: "13/03/2020"),
        task(
            "BD20-04", BD.nq01,
            "Tập trung lập Quy hoạch tỉnh Bình Dương thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, trình Thủ tướng Chính phủ phê duyệt",
            lead: "SKHDT", with: ["STNMT"], due: "31/12/2020", progress: "15/01/2020"),
        // 02/NQ-CP
        task(
            "BD20-05", BD.nq02,
            "Ban hành Kế hoạch hành động thực hiện Nghị quyết số 02/NQ-CP về cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh trên địa bàn tỉnh",
            lead: "SKHDT", due: "31/01/2020", done: "22/01/2020"),
        task(
            "BD20-06", BD.nq02,
            "Rút ngắn thời gian, chi phí thực hiện thủ tục đăng ký đất đai; công khai thủ tục trên Cổng thông tin điện tử của tỉnh",
            lead: "STNMT", with: ["SKHDT"], due: "31/03/2020", done: "27/03/2020"),
        task(
            "BD20-07", BD.nq02,
            "Đẩy mạnh cung cấp dịch vụ công trực tuyến mức độ 3, 4; kết nối, tích hợp với Cổng Dịch vụ công quốc gia",
            lead: "STTTT", with: ["VP"], due: "30/04/2020", extendedTo: "31/05/2020", approvedOn: "24/04/2020", done: "20/05/2020"
        ),
        task(
            "BD20-08", BD.nq02,
            "Báo cáo kết quả cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh 6 tháng đầu năm 2020",
            lead: "SKHDT", due: "10/06/2020", done: "08/06/2020"),
        // 07/CT-TTg (seed 001 footnote 10)
        task(
            "BD20-09", BD.ct07,
            "Xây dựng kế hoạch triển khai Chỉ thị số 07/CT-TTg về giải pháp thúc đẩy tăng năng suất lao động trên địa bàn tỉnh",
            lead: "SKHDT", due: "31/03/2020", done: "25/03/2020"),
        task(
            "BD20-10", BD.ct07, "Rà soát, đề xuất chỉ tiêu tăng năng suất lao động của tỉnh giai đoạn 2021 - 2025",
            lead: "SLDTBXH", with: ["SKHDT"], due: "30/04/2020", done: "28/04/2020"),
        // 09/CT-TTg (seed 001 §II.2.3)
        task(
            "BD20-11", BD.ct09,
            "Hỗ trợ doanh nghiệp chuyển giao công nghệ, đổi mới sáng tạo, ứng dụng khoa học, công nghệ; báo cáo kết quả về Bộ Khoa học và Công nghệ",
            lead: "SKHCN", due: "31/05/2020", done: "29/05/2020"),
        task(
            "BD20-12", BD.ct09, "Rà soát, hoàn thiện cơ chế hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo của tỉnh",
            lead: "SKHCN", with: ["SKHDT"], due: "30/04/2020", done: "24/04/2020"),
        // 283/QĐ-TTg (seed 001 §II.2.1.c)
        task(
            "BD20-13", BD.qd283,
            "Xây dựng, ban hành Kế hoạch cơ cấu lại ngành dịch vụ của tỉnh đến năm 2020, định hướng đến năm 2025",
            lead: "SCT", with: ["SKHDT"], due: "30/04/2020", extendedTo: "31/05/2020", approvedOn: "28/04/2020",
            done: "26/05/2020"),
        // 11/CT-TTg
        task(
            "BD20-14", BD.ct11,
            "Rà soát, đánh giá tác động của dịch Covid-19 đến sản xuất kinh doanh trên địa bàn; đề xuất giải pháp tháo gỡ khó khăn cho doanh nghiệp",
            lead: "SKHDT", with: ["SCT"], due: "20/03/2020", done: "18/03/2020"),
        task(
            "BD20-15", BD.ct11,
            "Hướng dẫn doanh nghiệp, hộ kinh doanh bị ảnh hưởng bởi dịch Covid-19 thực hiện gia hạn thời hạn nộp thuế, tiền thuê đất",
            lead: "STC", due: "30/04/2020", done: "15/04/2020"),
        task(
            "BD20-16", BD.ct11,
            "Bảo đảm cung ứng hàng hóa thiết yếu, bình ổn thị trường; kiểm soát chặt chẽ giá khẩu trang, vật tư y tế",
            lead: "SCT", with: ["SYT"], due: "31/03/2020", done: "31/03/2020"),
        // 357/QĐ-TTg (seed 001 footnote 11)
        task(
            "BD20-17", BD.qd357,
            "Xây dựng kế hoạch của tỉnh triển khai Kết luận số 54-KL/TW của Bộ Chính trị về nông nghiệp, nông dân, nông thôn",
            lead: "SNNPTNT", due: "30/04/2020", done: "21/04/2020"),
        task(
            "BD20-18", BD.qd357,
            "Đánh giá kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020, đề xuất nội dung giai đoạn 2021 - 2025",
            lead: "SNNPTNT", with: ["SKHDT"], due: "31/05/2020", done: "27/05/2020"),
        // 30/NQ-CP (seed 001 footnote 14)
        task(
            "BD20-19", BD.nq30, "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2020; báo cáo tình hình giải ngân quý I",
            lead: "SKHDT", with: ["STC"], due: "10/04/2020", done: "08/04/2020"),
        task(
            "BD20-20", BD.nq30, "Rà soát các dự án có vốn đầu tư nước ngoài chậm triển khai, đề xuất biện pháp xử lý",
            lead: "SKHDT", due: "30/04/2020", done: "29/04/2020"),
        // 15/CT-TTg (seed 001 §II.1.1)
        task(
            "BD20-21", BD.ct15,
            "Tạm dừng các hoạt động tập trung đông người, lễ hội, sự kiện thể thao trên địa bàn tỉnh; kiểm tra việc chấp hành",
            lead: "UBND", with: ["VP"], due: "15/04/2020", done: "31/03/2020"),
        task(
            "BD20-22", BD.ct15,
            "Chuẩn bị cơ sở cách ly tập trung, bảo đảm đủ giường bệnh, trang thiết bị y tế cho tình huống dịch lây lan rộng",
            lead: "SYT", due: "10/04/2020", done: "06/04/2020"),
        // 16/CT-TTg (seed 001 §II.1.1)
        task(
            "BD20-23", BD.ct16,
            "Thực hiện cách ly toàn xã hội trong 15 ngày kể từ 00 giờ ngày 01/4/2020 theo nguyên tắc gia đình cách ly với gia đình, thôn bản cách ly với thôn bản",
            lead: "UBND", due: "15/04/2020", done: "15/04/2020"),
        task(
            "BD20-24", BD.ct16,
            "Kiểm soát chặt chẽ việc đi lại, vận chuyển hàng hóa; bảo đảm cung ứng hàng hóa thiết yếu trong thời gian cách ly xã hội",
            lead: "SCT", due: "15/04/2020", done: "14/04/2020"),
        task(
            "BD20-25", BD.ct16, "Rà soát, quản lý chặt chẽ người đến từ vùng dịch; tổ chức cách ly y tế theo quy định",
            lead: "SYT", due: "30/04/2020", done: "30/04/2020"),
        // 42/NQ-CP (seed 001 §II.1.2)
        task(
            "BD20-26", BD.nq42,
            "Rà soát, lập danh sách người có công, đối tượng bảo trợ xã hội, hộ nghèo, hộ cận nghèo được hỗ trợ; chi trả kịp thời, đúng đối tượng",
            lead: "SLDTBXH", with: ["STC"], due: "30/04/2020", done: "30/04/2020"),
        task(
            "BD20-27", BD.nq42,
            "Hướng dẫn hộ kinh doanh, người lao động lập hồ sơ đề nghị hỗ trợ; công khai danh sách tại cấp xã",
            lead: "SLDTBXH", due: "31/05/2020", extendedTo: "15/06/2020", approvedOn: "25/05/2020", done: "12/06/2020"),
        task(
            "BD20-28", BD.nq42,
            "Bố trí kinh phí từ ngân sách địa phương thực hiện các chính sách hỗ trợ người dân gặp khó khăn do dịch Covid-19",
            lead: "STC", due: "15/05/2020", done: "11/05/2020"),
        // 17/CT-TTg (seed 001 §II.2.4)
        task(
            "BD20-29", BD.ct17,
            "Tăng cường thanh tra, kiểm tra an toàn thực phẩm tại bếp ăn tập thể các khu công nghiệp, trường học",
            lead: "SYT", with: ["SCT"], due: "31/05/2020", done: "29/05/2020"),
        task(
            "BD20-30", BD.ct17, "Kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm của tỉnh",
            lead: "SYT", due: "15/05/2020", done: "08/05/2020"),
        // 15/2020/QĐ-TTg
        task(
            "BD20-31", BD.qd15,
            "Phê duyệt danh sách và kinh phí hỗ trợ người lao động tạm hoãn hợp đồng lao động, nghỉ việc không hưởng lương",
            lead: "SLDTBXH", due: "15/05/2020", done: "14/05/2020"),
        task(
            "BD20-32", BD.qd15,
            "Hướng dẫn các huyện, thị xã, thành phố hỗ trợ hộ kinh doanh có doanh thu khai thuế dưới 100 triệu đồng/năm tạm ngừng kinh doanh",
            lead: "STC", with: ["SLDTBXH"], due: "15/05/2020", done: "13/05/2020"),
        task(
            "BD20-33", BD.qd15,
            "Báo cáo kết quả thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 về Bộ Lao động - Thương binh và Xã hội",
            lead: "SLDTBXH", due: "05/06/2020", done: "05/06/2020"),
        // 58/NQ-CP (seed 001 footnote 14)
        task(
            "BD20-34", BD.nq58, "Tập trung tháo gỡ vướng mắc về bồi thường, giải phóng mặt bằng các công trình, dự án trọng điểm",
            lead: "STNMT", with: ["SKHDT"], due: "31/05/2020", done: "28/05/2020"),
        task(
            "BD20-35", BD.nq58, "Đẩy mạnh thu hút đầu tư có chọn lọc, đón đầu xu hướng dịch chuyển đầu tư sau dịch Covid-19",
            lead: "SKHDT", due: "31/05/2020", done: "30/05/2020"),
        // 628/QĐ-TTg (seed 001 footnote 15)
        task(
            "BD20-36", BD.qd628,
            "Xây dựng kế hoạch của tỉnh thực hiện Kết luận số 51-KL/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo",
            lead: "SGDDT", due: "10/06/2020", done: "09/06/2020"),
        task(
            "BD20-37", BD.qd628, "Rà soát, sắp xếp mạng lưới cơ sở giáo dục mầm non, phổ thông theo hướng tinh gọn, hiệu quả",
            lead: "SGDDT", with: ["SNV"], due: "30/09/2020", done: "25/09/2020", progress: "01/06/2020"),
        // 68/NQ-CP (seed 001 §II.2.1.a)
        task(
            "BD20-38", BD.nq68,
            "Rà soát, thống kê quy định liên quan đến hoạt động kinh doanh thuộc thẩm quyền của tỉnh, đề xuất phương án cắt giảm, đơn giản hóa",
            lead: "VP", with: ["SKHDT"], due: "05/06/2020", done: "04/06/2020"),
        task(
            "BD20-39", BD.nq68,
            "Cập nhật, công bố quy định kinh doanh thuộc thẩm quyền của tỉnh trên Cổng tham vấn và tra cứu quy định kinh doanh",
            lead: "VP", due: "10/06/2020", extendedTo: "31/07/2020", approvedOn: "08/06/2020", done: "28/07/2020"),
        // 24/CT-TTg (seed 001 footnote 16)
        task(
            "BD20-40", BD.ct24, "Rà soát, sắp xếp mạng lưới cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh",
            lead: "SLDTBXH", due: "12/06/2020", done: "11/06/2020"),
        task(
            "BD20-41", BD.ct24, "Xây dựng kế hoạch triển khai Chỉ thị số 24/CT-TTg về phát triển nhân lực có kỹ năng nghề",
            lead: "SLDTBXH", with: ["SGDDT"], due: "15/06/2020", done: "10/06/2020"),
        // 703/QĐ-TTg (seed 001 footnote 12)
        task(
            "BD20-42", BD.qd703,
            "Đăng ký danh mục giống cây trồng, vật nuôi chủ lực của tỉnh tham gia Chương trình phát triển nghiên cứu, sản xuất giống",
            lead: "SNNPTNT", due: "12/06/2020", done: "12/06/2020"),
        // 84/NQ-CP
        task(
            "BD20-43", BD.nq84,
            "Rà soát, điều chuyển kế hoạch vốn đầu tư công năm 2020 từ dự án giải ngân chậm sang dự án có khả năng giải ngân tốt",
            lead: "SKHDT", with: ["STC"], due: "10/06/2020", done: "10/06/2020"),
        task(
            "BD20-44", BD.nq84,
            "Báo cáo kết quả triển khai các chính sách hỗ trợ doanh nghiệp, người lao động bị ảnh hưởng bởi dịch Covid-19",
            lead: "SKHDT", due: "12/06/2020", done: "11/06/2020"),
        task(
            "BD20-45", BD.nq84,
            "Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công năm 2020; kiểm điểm trách nhiệm chủ đầu tư giải ngân chậm",
            lead: "UBND", with: ["SKHDT", "STC"], due: "31/12/2020", progress: "10/06/2020"),
        // 25/CT-TTg (seed 001 footnote 13)
        task(
            "BD20-46", BD.ct25,
            "Xây dựng kế hoạch phát triển công nghiệp chế biến nông sản và cơ giới hóa sản xuất nông nghiệp của tỉnh",
            lead: "SNNPTNT", with: ["SCT"], due: "30/06/2020", done: "12/06/2020"),
        // Seed 001, appendix III: a ministry's task that concerns the province; overdue, not one of the 46.
        task(
            "BD20-BYT-01", BD.nd04, "Quy định tiêu chuẩn, định mức sử dụng xe ô tô sử dụng trong lĩnh vực y tế.",
            lead: "BYT", due: "31/12/2019"),
    ]

    static let binhDuong2020 = Definition(
        slice: .binhDuong2020,
        title: "Bình Dương, kiểm điểm chỉ đạo, điều hành 6 tháng đầu năm 2020 (seed 001)",
        provinceCode: "UBND", asOf: CivilDate(year: 2020, month: 6, day: 14)!, taskPrefix: "BD20-",
        units: binhDuongUnits, tasks: binhDuongTasks)
}
