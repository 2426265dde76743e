import DieuHanhCore
import Vapor

extension UnitsListPage {
    struct Model {
        var rows: [UnitTreeRow]
        var query: String
        var showClosed: Bool
        var totalUnits: Int
    }
}
