import DieuHanhCore
import Fluent
import Vapor

/// The `parent` column of the indicators CSV: whose component (chỉ tiêu thành phần) each indicator is.
extension IndicatorImport {
    /// The row's parent when the file has the column; every row of one indicator must name the same one.
    static func readParent(_ cells: CSVFields, into row: inout Row, reading: inout Reading) throws {
        guard cells.columns.has("parent") else { return }
        let parent = try cells.optional("parent", FieldRules.indicatorCode)
        if parent == row.code { throw cells.fail("chỉ tiêu “\(row.code)” không thể là thành phần của chính nó") }
        if let first = reading.parents[row.code], first.parent != parent {
            throw cells.fail("chỉ tiêu “\(row.code)” có parent khác với dòng \(first.line)")
        }
        reading.parents[row.code] = (cells.line, parent)
        row.setsParent = true
        row.parent = parent
    }

    /// Ids for the file's new indicators, and every code's id, once the file's parents are checked against what is
    /// stored: the parent must be in the file or stored, and the result one level deep with no cycle
    /// (`IndicatorComponents.problems`). A refusal names the line of the row that asked for it.
    static func parentIDs(_ rows: [Row], stored: [String: Indicator], on db: Database) async throws -> (
        newIDs: [String: UUID], byCode: [String: UUID]
    ) {
        var newIDs: [String: UUID] = [:]
        for row in rows where stored[row.code] == nil && newIDs[row.code] == nil { newIDs[row.code] = UUID() }
        guard rows.contains(where: \.setsParent) else { return (newIDs, [:]) }
        let all = try await Indicator.query(on: db).all()
        let codes = Dictionary(uniqueKeysWithValues: all.map { ($0.id!, $0.code) })
        var picture: [String: String?] = Dictionary(
            uniqueKeysWithValues: all.map { ($0.code, $0.parentID.flatMap { codes[$0] }) })
        var byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0.id!) })
        for (code, id) in newIDs {
            picture[code] = .some(nil)
            byCode[code] = id
        }
        var lines: [String: Int] = [:]
        for row in rows where row.setsParent {
            picture[row.code] = .some(row.parent)
            if lines[row.code] == nil { lines[row.code] = row.line }
        }
        let problems = IndicatorComponents.problems(picture)
        // The first offending row of the file; a stored indicator made wrong by the file is told on the row that
        // made its parent a component; of two on one line, the row's own indicator's first.
        let blamed = problems.map { code, problem -> (line: Int, other: Int, message: String) in
            var line = lines[code]
            if line == nil, case .parentIsComponent(let parent) = problem { line = lines[parent] }
            return (line ?? rows.first { $0.setsParent }?.line ?? 1, lines[code] == nil ? 1 : 0, message(code, problem))
        }
        if let first = blamed.min(by: { ($0.line, $0.other, $0.message) < ($1.line, $1.other, $1.message) }) {
            throw CSVError(line: first.line, message: first.message)
        }
        return (newIDs, byCode)
    }

    private static func message(_ code: String, _ problem: IndicatorComponents.ParentProblem) -> String {
        switch problem {
        case .itself: "chỉ tiêu “\(code)” không thể là thành phần của chính nó"
        case .unknown(let parent): "không có chỉ tiêu mã “\(parent)” (parent) trong tệp hoặc trong các chỉ tiêu đã có"
        case .cycle(let parent): "chỉ tiêu “\(code)” và “\(parent)” không thể là thành phần của nhau"
        case .parentIsComponent(let parent):
            "chỉ tiêu “\(parent)” đã là thành phần của chỉ tiêu khác nên không thể có chỉ tiêu thành phần (chỉ một cấp)"
        case .hasComponents: "chỉ tiêu “\(code)” đang có chỉ tiêu thành phần nên không thể là thành phần của chỉ tiêu khác"
        }
    }
}
