import ZephyrDomain

extension RemoteState {
    /// A digest of everything a plan was computed from, to detect that the server changed
    /// between `plan --out` and `apply --plan`. FNV-1a over a canonical text: this detects
    /// change, it does not authenticate anything.
    package var fingerprint: String {
        var text = ""
        for field in allFields {
            let options = field.options.map { "\($0.id)=\($0.text)" }.joined(separator: "\u{1F}")
            text +=
                "F\(field.id)\u{1E}\(field.entity.rawValue)\u{1E}\(field.name)\u{1E}\(field.description ?? "\u{0}")\u{1E}\(field.typeName)\u{1E}\(options)\(field.allProjects ? "\u{1E}all" : "")\n"
        }
        for project in projects {
            let ids = (enabled[project] ?? []).sorted().map(String.init).joined(separator: ",")
            text += "P\(project.id)\u{1E}\(project.key)\u{1E}\(ids)\n"
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
