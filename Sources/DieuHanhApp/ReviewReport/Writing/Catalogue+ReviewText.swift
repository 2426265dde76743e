/// The strings around a section's written text and its changes.
extension T {
    static let reviewTextFootnotes = L(vi: "Chú thích", en: "Footnotes")
    static let reviewTextFootnoteRef = L(vi: "Chú thích {0}", en: "Footnote {0}")
    static let reviewTextFootnoteBack = L(vi: "Về chỗ đặt chú thích {0}", en: "Back to where footnote {0} is")
    static let textDiffRemoved = L(vi: "Đã xóa: ", en: "Removed: ")
    static let textDiffAdded = L(vi: "Đã thêm: ", en: "Added: ")
    static let textDiffEnd = L(vi: " (hết phần sửa)", en: " (end of change)")
}
