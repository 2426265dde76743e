import DieuHanhCore
import Vapor

extension UsersListPage {
    struct Model {
        var filter: UserQuery.Filter
        var page: UserQuery.Page
        var units: [OrgUnit]
    }
}
