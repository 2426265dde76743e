import Foundation

/// Components (chỉ tiêu thành phần): an indicator's parts, its parent, the check of a sum against its parts.
extension T {
    static let indComponentsTitle = L(vi: "Chỉ tiêu thành phần", en: "Components")
    static let indComponentsCaption = L(
        vi: "Các chỉ tiêu thành phần năm {0}, số liệu đến hết ngày {1}", en: "Components in {0}, figures up to {1}")
    static let indComponentOf = L(vi: "Thuộc chỉ tiêu:", en: "Component of:")
    static let indSumAgrees = L(
        vi: "Tổng các chỉ tiêu thành phần: {0}, khớp với số của chỉ tiêu.",
        en: "The components add up to {0}, as the indicator's figure.")
    static let indSumDiffers = L(
        vi: "Tổng các chỉ tiêu thành phần: {0}, chênh lệch {1} so với số của chỉ tiêu.",
        en: "The components add up to {0}, {1} apart from the indicator's figure.")
    static let indSumNotChecked = L(
        vi:
            "Chưa đối chiếu được với tổng các chỉ tiêu thành phần: chưa phải chỉ tiêu thành phần nào cũng có số liệu cùng kỳ, cùng đơn vị tính.",
        en: "Not checked against the components: not every component has a figure for the same period in the same unit.")
    static let indSumNotSummed = L(
        vi: "Số của chỉ tiêu không phải là tổng các chỉ tiêu thành phần nên không đối chiếu.",
        en: "The indicator's figure is not the sum of its components, so they are not checked against it.")

    // The form.
    static let indFieldParent = L(vi: "Thuộc chỉ tiêu", en: "Component of")
    static let indParentNone = L(vi: "— Không (chỉ tiêu của nghị quyết)", en: "— None (an indicator of the resolution)")
    static let indParentHint = L(
        vi: "Chọn khi đây là chỉ tiêu thành phần, như xuất khẩu thuộc tổng kim ngạch xuất nhập khẩu.",
        en: "Choose when this is a component, e.g. exports under total trade.")
    static let indParentUnknown = L(
        vi: "Chỉ tiêu được chọn không có trong kế hoạch năm {0}; hãy chọn lại.",
        en: "The chosen indicator is not in the {0} plan; choose again.")
    static let indParentItself = L(
        vi: "Một chỉ tiêu không thể là thành phần của chính nó.", en: "An indicator cannot be its own component.")
    static let indParentIsComponent = L(
        vi: "“{0}” đã là chỉ tiêu thành phần của chỉ tiêu khác; hãy chọn một chỉ tiêu không thuộc chỉ tiêu nào.",
        en: "“{0}” is itself a component; choose an indicator that is not.")
    static let indParentHasComponents = L(
        vi: "Chỉ tiêu này đang có chỉ tiêu thành phần nên không thể là thành phần của chỉ tiêu khác.",
        en: "This indicator has components, so it cannot be a component itself.")
}
