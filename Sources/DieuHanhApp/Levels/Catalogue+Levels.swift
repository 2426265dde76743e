import Foundation

/// Strings of linking deployments (issue 20).
extension T {
    static let levelsTitle = L(vi: "Liên thông giữa các cấp", en: "Linked deployments")
    static let levelsLead = L(
        vi: "Các hệ thống DieuHanh cấp trên, cấp dưới trao đổi nhiệm vụ với hệ thống này: nhiệm vụ giao xuống, báo cáo gửi lên.",
        en: "The DieuHanh deployments above and below this one: tasks go down, reports come up.")
    static let levelsOwnID = L(
        vi: "Mã liên thông của hệ thống này (gửi cho quản trị viên bên kia): {0}",
        en: "This deployment's id (give it to the other administrator): {0}")
    static let levelsPeers = L(vi: "Hệ thống đã đăng ký", en: "Registered deployments")
    static let levelsNoPeers = L(vi: "Chưa đăng ký hệ thống nào.", en: "No deployment is registered yet.")
    static let levelsRegister = L(vi: "Đăng ký hệ thống liên thông", en: "Register a deployment")
    static let levelsName = L(vi: "Tên hệ thống", en: "Name")
    static let levelsBaseURL = L(vi: "Địa chỉ", en: "Address")
    static let levelsBaseURLHint = L(
        vi: "Địa chỉ của hệ thống bên kia, như https://dieuhanh.binhduong.gov.vn",
        en: "The other deployment's address, such as https://dieuhanh.example.vn")
    static let levelsDeploymentID = L(vi: "Mã liên thông của hệ thống bên kia", en: "The other deployment's id")
    static let levelsInboundKey = L(vi: "Khóa bên kia dùng để ký gửi sang", en: "Key the other side signs with")
    static let levelsOutboundKey = L(vi: "Khóa hệ thống này dùng để ký gửi đi", en: "Key this side signs with")
    static let levelsKeyHint = L(
        vi: "Ít nhất 32 ký tự, thống nhất với quản trị viên bên kia. Có thể dùng khóa mới tạo: {0}",
        en: "At least 32 characters, agreed with the other administrator. A new one: {0}")
    static let levelsKeyTooShort = L(vi: "Khóa phải có ít nhất 32 ký tự.", en: "A key has at least 32 characters.")
    static let levelsKeysSame = L(
        vi: "Hai khóa phải khác nhau: mỗi chiều một khóa.", en: "The two keys must differ: one for each direction.")
    static let levelsNameRequired = L(vi: "Nhập tên hệ thống.", en: "Enter a name.")
    static let levelsURLInvalid = L(
        vi: "Nhập địa chỉ bắt đầu bằng http:// hoặc https://.", en: "Enter an address starting with http:// or https://.")
    static let levelsIDInvalid = L(
        vi: "Mã liên thông gồm 36 ký tự, dạng 8-4-4-4-12 (bên kia xem ở trang Liên thông của họ).",
        en: "An id has 36 characters, as 8-4-4-4-12.")
    static let levelsIDTaken = L(vi: "Hệ thống có mã này đã được đăng ký.", en: "This deployment is already registered.")
    static let levelsIDOwn = L(vi: "Đây là mã của chính hệ thống này.", en: "This is this deployment's own id.")
    static let levelsRegistered = L(vi: "Đã đăng ký hệ thống {0}.", en: "{0} is registered.")
    static let levelsState = L(vi: "Trạng thái", en: "State")
    static let levelsActive = L(vi: "Đang liên thông", en: "Linked")
    static let levelsRevoked = L(vi: "Đã thu hồi khóa", en: "Key revoked")
    static let levelsPending = L(vi: "Chờ gửi", en: "To send")
    static let levelsLastError = L(vi: "Lỗi gần nhất", en: "Last error")
    static let levelsKeys = L(vi: "Dấu nhận dạng khóa: nhận {0}, gửi {1}", en: "Key fingerprints: in {0}, out {1}")
    static let levelsRevoke = L(vi: "Thu hồi khóa", en: "Revoke the key")
    static let levelsRevokedDone = L(
        vi: "Đã thu hồi khóa: không gửi, không nhận thông điệp của {0} cho đến khi đặt khóa mới.",
        en: "Revoked: nothing goes to or comes from {0} until new keys are set.")
    static let levelsNewKeys = L(vi: "Đặt khóa mới", en: "Set new keys")
    static let levelsNewKeysDone = L(vi: "Đã đặt khóa mới cho {0}.", en: "New keys are set for {0}.")
    static let levelsUnitLinks = L(vi: "Đơn vị ghép nối", en: "Matched units")
    static let levelsUnitLinksLead = L(
        vi: "Nhiệm vụ giao cho đơn vị đã ghép được gửi sang hệ thống bên kia; nhiệm vụ nhận về được giao từ đơn vị đã ghép.",
        en: "Tasks for a matched unit go to the other side; tasks received come from a matched unit.")
    static let levelsNoLinks = L(vi: "Chưa ghép đơn vị nào.", en: "No unit is matched yet.")
    static let levelsLocalUnit = L(vi: "Đơn vị của hệ thống này (mã)", en: "Unit here (code)")
    static let levelsRemoteCode = L(vi: "Mã đơn vị ở hệ thống bên kia", en: "Unit code on the other side")
    static let levelsLinkAdd = L(vi: "Ghép đơn vị", en: "Match")
    static let levelsLinked = L(vi: "Đã ghép {0} với mã {1} bên kia.", en: "{0} is matched with {1}.")
    static let levelsUnitUnknown = L(vi: "Không có đơn vị mã {0} ở hệ thống này.", en: "No unit has the code {0} here.")
    static let levelsUnitTaken = L(vi: "Đơn vị này đã được ghép.", en: "This unit is already matched.")
    static let levelsCodeTaken = L(vi: "Mã này đã được ghép với đơn vị khác.", en: "This code is already matched.")
    static let levelsCodeRequired = L(vi: "Nhập mã đơn vị bên kia.", en: "Enter the other side's code.")
    static let levelsOutbox = L(vi: "Thông điệp gửi đi gần đây", en: "Recent messages sent")
    static let levelsNoOutbox = L(vi: "Chưa có thông điệp nào.", en: "No message yet.")
    static let levelsSeq = L(vi: "Số thứ tự", en: "No.")
    static let levelsKind = L(vi: "Nội dung", en: "Kind")
    static let levelsAttempts = L(vi: "Số lần gửi", en: "Attempts")
    static let levelsNextAttempt = L(vi: "Gửi lại lúc", en: "Next attempt")
    static let levelsStatePending = L(vi: "Chờ gửi", en: "Pending")
    static let levelsStateDelivered = L(vi: "Đã nhận", en: "Acknowledged")
    static let levelsStateRefused = L(vi: "Bị từ chối", en: "Refused")
    static let levelsKindAssigned = L(vi: "Giao nhiệm vụ", en: "Task assigned")
    static let levelsKindStep = L(vi: "Bước xử lý nhiệm vụ", en: "Task step")
    static let levelsStepOwnedAbove = L(
        vi: "Nhiệm vụ này do cấp trên giao qua liên thông: quyết định về nội dung, thời hạn, kết quả thuộc cấp trên.",
        en: "This task was assigned from above: its content, deadline and decisions belong to the deployment above.")
    static let levelsStepOwnedBelow = L(
        vi: "Nhiệm vụ này đã giao xuống hệ thống cấp dưới: tiến độ và kết quả do đơn vị báo cáo từ hệ thống của họ.",
        en: "This task was sent down: its progress and completion are reported from the deployment below.")
    static let levelsFromPeer = L(vi: "Nhận qua liên thông từ {0}", en: "Received from {0}")
    static let levelsToPeer = L(vi: "Đã giao qua liên thông cho {0}", en: "Sent to {0}")

    static let navLevels = L(vi: "Liên thông", en: "Linking")
    static let entityLevelPeer = L(vi: "Hệ thống liên thông", en: "Linked deployment")
    static let entityLevelUnitLink = L(vi: "Ghép đơn vị liên thông", en: "Matched unit")
    static let entityLevelMessage = L(vi: "Thông điệp liên thông", en: "Linking message")
    static let actionLevelRevoke = L(vi: "Thu hồi khóa", en: "Revoke the key")
    static let actionLevelRekey = L(vi: "Đặt khóa mới", en: "Set new keys")
    static let actionLevelSent = L(vi: "Đã gửi sang hệ thống bên kia", en: "Sent")
    static let actionLevelReceived = L(vi: "Đã nhận từ hệ thống bên kia", en: "Received")
    static let actionLevelRefused = L(vi: "Bị hệ thống bên kia từ chối", en: "Refused by the other side")
    static let actionLevelRefusedIn = L(vi: "Từ chối thông điệp nhận được", en: "Refused a message")
    static let levelsStepFilesTooLarge = L(
        vi:
            "Bước này được gửi sang {0} qua liên thông và chỉ mang được tối đa {1} MB tệp đính kèm. Hãy giảm dung lượng hoặc bớt tệp.",
        en: "This step goes to {0} through linking and carries at most {1} MB of files. Make them smaller or send fewer.")
}
