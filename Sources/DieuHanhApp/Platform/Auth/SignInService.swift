import DieuHanhCore
import Fluent
import Vapor

/// Checks a user name and password for both the browser and the API, with throttling (SignInThrottle).
enum SignInService {
    enum Outcome {
        case success(UserAccount)
        case invalid
        case locked(minutes: Int)
    }

    static func attempt(username rawName: String, password: String, on req: Request) async throws -> Outcome {
        let username = String(rawName.trimmingCharacters(in: .whitespaces).lowercased().prefix(100))
        let throttle = req.application.signInThrottle
        let known = throttle.isDevice(req.cookies[SignInThrottle.deviceCookie]?.string, of: username)
        let attempt: SignInLedger.Attempt
        switch await throttle.admit(name: username, client: req.clientAddress, knownClient: known, now: req.now) {
        case .refused(let retryAfter):
            req.logger.notice(
                "sign-in refused by the throttle",
                metadata: [
                    "username": .string(username),
                    "client": .string(req.clientAddress),
                ])
            return .locked(minutes: max(1, Int((retryAfter / 60).rounded(.up))))
        case .admitted(let admitted):
            attempt = admitted
        }
        do {
            let user = try await UserAccount.query(on: req.db).filter(\.$username == username).first()
            // Verify against a dummy hash when the user does not exist, so timing does not reveal which names exist.
            let digest = user?.passwordHash ?? req.application.dummyPasswordHash
            let matches = try await req.digester.verify(password, created: digest)
            guard let user, matches, user.active else {
                await throttle.settle(attempt, .failed, now: req.now)
                req.logger.notice("sign-in failed", metadata: ["username": .string(username)])
                return .invalid
            }
            await throttle.settle(attempt, .succeeded, now: req.now)
            return .success(user)
        } catch {
            await throttle.settle(attempt, .unchecked, now: req.now)
            throw error
        }
    }
}

extension Application {
    private struct DummyHashKey: StorageKey { typealias Value = String }

    /// A bcrypt digest of a random string, made once at start-up with the configured cost.
    var dummyPasswordHash: String {
        get { storage[DummyHashKey.self] ?? "" }
        set { storage[DummyHashKey.self] = newValue }
    }
}
