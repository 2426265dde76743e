import Foundation
import NIOCore
import NIOPosix
import Vapor

/// A small plain-SMTP client (RFC 5321) for a relay on the local network: EHLO, MAIL FROM, RCPT TO, DATA, QUIT,
/// no authentication and no TLS (the relay is trusted and close by). Every step has to answer in time.
struct ReportSMTPMailer: ReportMailSending {
    let host: String
    let port: Int
    let group: any EventLoopGroup
    var heloName = "dieuhanh.local"
    var timeout: Duration = .seconds(30)

    func send(_ message: ReportMailMessage, date: Date) async throws {
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await converse(message, date: date) }
            tasks.addTask {
                try await Task.sleep(for: timeout)
                throw ReportMailError.timeout
            }
            defer { tasks.cancelAll() }
            try await tasks.next()
        }
    }

    private func converse(_ message: ReportMailMessage, date: Date) async throws {
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(10))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(ReportSMTPLineDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            /// One reply: "250-…" lines continue it, "250 …" ends it.
            func reply() async throws -> (code: Int, text: String) {
                var text = ""
                while let line = try await lines.next() {
                    guard line.count >= 3, let code = Int(line.prefix(3)) else { throw ReportMailError.unreadable(line) }
                    text += line + "\n"
                    if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " { return (code, text) }
                }
                throw ReportMailError.closed
            }
            func expect(_ codes: Set<Int>, _ step: String) async throws {
                let (code, text) = try await reply()
                guard codes.contains(code) else { throw ReportMailError.rejected(step: step, reply: text) }
            }
            func command(_ line: String, expecting codes: Set<Int>, _ step: String) async throws {
                try await outbound.write(ByteBuffer(string: line + "\r\n"))
                try await expect(codes, step)
            }
            try await expect([220], "chào")
            try await command("EHLO \(heloName)", expecting: [250], "EHLO")
            try await command("MAIL FROM:<\(message.from)>", expecting: [250], "MAIL FROM")
            for recipient in message.to {
                try await command("RCPT TO:<\(recipient)>", expecting: [250, 251], "RCPT TO")
            }
            try await command("DATA", expecting: [354], "DATA")
            let data = message.rendered(date: date, messageID: UUID().uuidString.lowercased() + "@" + heloName)
            try await command(data + "\r\n.", expecting: [250], "nội dung thư")
            try await outbound.write(ByteBuffer(string: "QUIT\r\n"))
            _ = try? await reply()
        }
    }
}

/// Splits what the server says into lines (CRLF or LF).
struct ReportSMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        var line = buffer.readString(length: newline - buffer.readerIndex) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        context.fireChannelRead(wrapInboundOut(line))
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

extension Application {
    private struct ReportMailerKey: StorageKey { typealias Value = any ReportMailSending }

    /// The mailer for reminders: the one a test set, else SMTP when `DIEUHANH_SMTP_HOST` is configured, else
    /// none (reminders are recorded and shown only).
    var reportMailer: (any ReportMailSending)? {
        get {
            if let mailer = storage[ReportMailerKey.self] { return mailer }
            guard let host = config.smtpHost, !host.isEmpty, config.smtpFrom != nil else { return nil }
            return ReportSMTPMailer(host: host, port: config.smtpPort, group: eventLoopGroup)
        }
        set { storage[ReportMailerKey.self] = newValue }
    }
}
