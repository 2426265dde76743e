import DieuHanhCore
import Vapor

extension HomePage {
    struct Model {
        var fullName: String
        var unitName: String?
        var unitCount: Int
        var userCount: Int
    }
}
