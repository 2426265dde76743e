import DieuHanhCore
import Vapor

extension DocumentsListPage {
    struct Model {
        var query: String
        var page: ResultPage<Document>
        var taskCounts: [UUID: Int]
    }
}
