import DieuHanhCore
import Fluent
import Vapor

/// A tasks file read twice as a stream, one record at a time: first every record checked (a bad one stops the
/// import with its line before anything is written), then the records written `sliceSize` at a time in one
/// transaction, so that nothing of the file is written if any slice fails. At no point are all the rows held: a
/// 100.000-row import held the file, its table, its rows, their models and audit entries together (1,2 GB).
extension TaskImport {
    /// Rows written together: enough for multi-row inserts and one audit batch to pay off, few enough to keep
    /// memory flat.
    static let sliceSize = 2_000

    /// The file's rows checked, then written (`dieuhanh import tasks` gives the file mapped, not read into memory).
    static func run(data: Data, actor: AuditActor, app: Application, sliceSize: Int = sliceSize) async throws
        -> ImportSummary
    {
        let now = app.config.now()
        let today = CivilDate.today(now: now)
        var checked = try RowStream(data: data, today: today)
        while try checked.next() != nil {}
        return try await app.write { db in
            var writer = try await Writer(actor: actor, now: now, on: db)
            var rows = try RowStream(data: data, today: today)
            var slice: [Row] = []
            slice.reserveCapacity(sliceSize)
            while let row = try rows.next() {
                slice.append(row)
                if slice.count == sliceSize {
                    try await writer.write(slice)
                    slice.removeAll(keepingCapacity: true)
                }
            }
            if !slice.isEmpty { try await writer.write(slice) }
            return writer.summary
        }
    }

    /// The file's rows one at a time, each checked as `read` checks it (a repeated `ma` refused with the line it
    /// first came on): only the keys read so far are kept.
    struct RowStream {
        private var records: CSVRecordReader
        private let columns: CSVColumns
        private let today: CivilDate
        private var reading = ImportKeys()

        init(data: Data, today: CivilDate) throws {
            let records = try CSVRecordReader(data: data)
            columns = try checkingImportRows {
                try CSVColumns(header: records.header, required: TaskImport.required, optional: TaskImport.optional)
            }
            self.records = records
            self.today = today
        }

        /// The next row, or nil after the last; throws the `CSVError` of a refused record.
        mutating func next() throws -> Row? {
            guard let record = try records.next() else { return nil }
            return try checkingImportRows {
                try TaskImport.read(try columns.fields(record), today: today, reading: &reading)
            }
        }
    }
}
