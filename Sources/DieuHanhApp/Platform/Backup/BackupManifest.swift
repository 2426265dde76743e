import Foundation

/// `manifest.json` in a backup directory: what the copy holds, so `restore` can check it before writing anything.
/// Written last: a directory without it is an unfinished backup.
struct BackupManifest: Codable, Sendable {
    static let fileName = "manifest.json"
    static let currentFormat = 1

    enum Kind: String, Codable, Sendable {
        case sqlite
        case postgresql
    }

    /// One attachment row of the copied database, and its file under `files/`.
    struct Attachment: Codable, Sendable, Equatable {
        var id: String
        var path: String
        var size: Int
        var sha256: String
    }

    var format = "dieuhanh-backup"
    var formatVersion = BackupManifest.currentFormat
    var createdAt: Date
    var database: Kind
    /// The database copy inside the directory (`dieuhanh.sqlite` or `dieuhanh.pgdump`).
    var databaseFile: String
    /// PostgreSQL: the schema that was copied (the URL's `search_path`, else `public`); restore goes back there.
    var postgresSchema: String?
    /// The migrations the copied database had run, in order: the schema version.
    var migrations: [String]
    /// Rows per table in the copy.
    var counts: [String: Int]
    var attachments: [Attachment]

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    func write(to directory: URL) throws {
        try Self.encoder.encode(self).write(to: directory.appendingPathComponent(Self.fileName), options: .atomic)
    }

    static func read(from directory: URL) throws -> BackupManifest {
        let url = directory.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandFailure("\(directory.path) không phải bản sao lưu hoàn chỉnh: thiếu \(fileName)")
        }
        let manifest: BackupManifest
        do {
            manifest = try decoder.decode(BackupManifest.self, from: data)
        } catch {
            throw CommandFailure("\(url.path) không đọc được: không phải tệp mô tả bản sao lưu của DieuHanh")
        }
        guard manifest.format == "dieuhanh-backup", manifest.formatVersion <= currentFormat else {
            throw CommandFailure("\(url.path): định dạng sao lưu \(manifest.formatVersion) mới hơn phiên bản DieuHanh này")
        }
        return manifest
    }
}

/// What a database snapshot holds, read from the snapshot itself (never from the live database afterwards).
struct SnapshotFacts: Sendable {
    var migrations: [String]
    var counts: [String: Int]
    var attachments: [BackupManifest.Attachment]
}

/// Tables that say nothing about whether a database is in use: the migration record, the audit head (its migration
/// writes its one row; every real change also adds an audit entry, which does count), and the sessions table of
/// versions before 1.0 (any visitor of the sign-in page made a row there), and the deployment's own id for linking
/// (its migration writes it; a restore brings back the backed-up deployment's id with the rest), and the counters of
/// the servers' in-memory copies (`cache_generations`: its migration writes them; triggers move them).
let backupBookkeepingTables: Set<String> = [
    "_fluent_migrations", "audit_heads", "_fluent_sessions", "level_deployment", "cache_generations",
]
