import DieuHanhCore
import Foundation

/// A plain-text e-mail (a report reminder): UTF-8 throughout, the subject as RFC 2047 encoded words, the body
/// base64-encoded so any relay carries it unchanged.
struct ReportMailMessage: Sendable, Equatable {
    var from: String
    var to: [String]
    var subject: String
    var body: String

    /// The message as it goes after DATA: CRLF line ends, header, blank line, body; dot-stuffed, without the
    /// final "." line.
    func rendered(date: Date, messageID: String) -> String {
        var lines = [
            "Date: " + Self.rfc5322Date(date),
            "From: DieuHanh <\(from)>",
            "To: " + to.joined(separator: ", "),
            "Subject: " + Self.encodedWords(subject),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString()
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[start..<end]))
            start = end
        }
        return lines.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
    }

    /// RFC 2047 "B" encoded words of at most 75 characters, split between characters (never inside one),
    /// folded onto continuation lines. Plain ASCII without specials stays as it is.
    static func encodedWords(_ text: String) -> String {
        if text.allSatisfy({ $0.isASCII && !$0.isNewline }) && !text.contains("=?") { return text }
        let maxBytes = 45  // base64 of 45 bytes is 60 characters; with "=?UTF-8?B?" and "?=" that makes 72
        var words: [String] = []
        var chunk = Data()
        for character in text where !character.isNewline {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > maxBytes {
                words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + chunk.base64EncodedString() + "?=") }
        return words.joined(separator: "\r\n ")
    }

    /// "Sun, 22 Nov 2026 09:00:00 +0700": Vietnam time, English names as the RFC wants.
    static func rfc5322Date(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + CivilDate.utcOffsetSeconds
        let dayNumber = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - dayNumber * 86_400
        let day = CivilDate(dayNumber: dayNumber)
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return String(
            format: "%@, %02d %@ %04d %02d:%02d:%02d +0700", weekdays[day.weekday - 1], day.day, months[day.month - 1],
            day.year, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
    }
}

enum ReportMailError: Error, CustomStringConvertible {
    case timeout
    case closed
    case unreadable(String)
    case rejected(step: String, reply: String)

    var description: String {
        switch self {
        case .timeout: "máy chủ thư không trả lời kịp"
        case .closed: "máy chủ thư đóng kết nối"
        case .unreadable(let line): "máy chủ thư trả lời không đúng giao thức: \(line.prefix(200))"
        case .rejected(let step, let reply):
            "máy chủ thư từ chối ở bước \(step): \(reply.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300))"
        }
    }
}

/// Sends one message; the SMTP client in production, a recorder in tests.
protocol ReportMailSending: Sendable {
    func send(_ message: ReportMailMessage, date: Date) async throws
}
