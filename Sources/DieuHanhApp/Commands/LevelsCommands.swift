import DieuHanhCore
import Fluent
import Vapor

/// `dieuhanh levels id|peer|link|revoke|deliver`: linking deployments from the command line (the same services
/// as the `/levels` pages).
struct LevelsCommands: AsyncCommandGroup {
    var help: String { "Liên thông giữa các cấp: đăng ký hệ thống bên kia, ghép đơn vị, thu hồi khóa, gửi thông điệp" }
    var commands: [String: any AnyAsyncCommand] {
        [
            "id": LevelsIDCommand(), "peer": LevelsPeerCommand(), "link": LevelsLinkCommand(),
            "revoke": LevelsRevokeCommand(), "deliver": LevelsDeliverCommand(),
        ]
    }

    /// The peer named by its name or its deployment id.
    static func peer(_ name: String, on db: Database) async throws -> LevelPeer {
        let peers = try await LevelPeer.query(on: db).all()
        guard let peer = peers.first(where: { $0.name == name || $0.deploymentID == name.lowercased() }) else {
            throw CommandFailure("Không có hệ thống liên thông \(name)")
        }
        return peer
    }

    /// Form problems as one line for stderr.
    static func failure(_ failure: ValidationFailure) -> CommandFailure {
        CommandFailure(failure.errors.map { "\($0.field): \($0.message)" }.joined(separator: "; "))
    }
}

struct LevelsIDCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "In mã liên thông của hệ thống này" }

    func run(using context: CommandContext, signature: Signature) async throws {
        context.console.print(try await LevelDeployment.current(on: context.application.db))
    }
}

struct LevelsPeerCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "name", help: "Tên hệ thống bên kia") var name: String?
        @Option(name: "url", help: "Địa chỉ, như https://dieuhanh.binhduong.gov.vn") var url: String?
        @Option(name: "id", help: "Mã liên thông của hệ thống bên kia") var id: String?
        @Option(name: "inbound-key", help: "Khóa bên kia dùng để ký gửi sang") var inboundKey: String?
        @Option(name: "outbound-key", help: "Khóa hệ thống này dùng để ký gửi đi") var outboundKey: String?
    }

    var help: String { "Đăng ký một hệ thống liên thông" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let draft = LevelPeerDraft([
            "name": signature.name ?? "", "base_url": signature.url ?? "", "deployment_id": signature.id ?? "",
            "inbound_key": signature.inboundKey ?? "", "outbound_key": signature.outboundKey ?? "",
        ])
        do {
            let peer = try await app.write { db in
                try await LevelPeerService.register(
                    draft, actor: .commandLine, now: app.config.now(), on: db, t: Localizer(language: .vi))
            }
            context.console.print("Đã đăng ký hệ thống \(peer.name).")
        } catch let failure as ValidationFailure {
            throw LevelsCommands.failure(failure)
        }
    }
}

struct LevelsLinkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "peer", help: "Tên hoặc mã liên thông của hệ thống bên kia") var peer: String
        @Option(name: "unit", help: "Mã đơn vị của hệ thống này") var unit: String?
        @Option(name: "remote", help: "Mã đơn vị ở hệ thống bên kia") var remote: String?
    }

    var help: String { "Ghép một đơn vị của hệ thống này với mã đơn vị bên kia" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let peer = try await LevelsCommands.peer(signature.peer, on: app.db)
        do {
            let (link, unit) = try await app.write { db in
                try await LevelPeerService.link(
                    peer: peer, localCode: signature.unit ?? "", remoteCode: signature.remote ?? "", actor: .commandLine,
                    now: app.config.now(), on: db, t: Localizer(language: .vi))
            }
            context.console.print("Đã ghép \(unit.code) với mã \(link.remoteCode) của \(peer.name).")
        } catch let failure as ValidationFailure {
            throw LevelsCommands.failure(failure)
        }
    }
}

struct LevelsRevokeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "peer", help: "Tên hoặc mã liên thông của hệ thống bên kia") var peer: String
    }

    var help: String { "Thu hồi khóa: không gửi, không nhận cho đến khi đặt khóa mới" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let peer = try await LevelsCommands.peer(signature.peer, on: app.db)
        try await app.write { db in
            try await LevelPeerService.revoke(peer, actor: .commandLine, now: app.config.now(), on: db)
        }
        context.console.print("Đã thu hồi khóa của \(peer.name).")
    }
}

struct LevelsDeliverCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "now", help: "Gửi cả các thông điệp đang chờ thử lại (khi biết hệ thống bên kia đã hoạt động lại)")
        var now: Bool
    }

    var help: String { "Gửi ngay các thông điệp đến hạn (máy chủ tự gửi mỗi phút)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        // The days whose figures changed go in the outbox first, as the server's figures job would put them.
        try await LevelFiguresOutbox.enqueueChanged(context.application)
        let summary = try await LevelDelivery.round(context.application, ignoringBackOff: signature.now)
        context.console.print("Đã gửi: \(summary.delivered); bị từ chối: \(summary.refused); chưa gửi được: \(summary.failed).")
    }
}
