/// What `simulator --host` exposes: its logins are well known (admin/admin, viewer/viewer,
/// token admin-token), so listening beyond this machine hands them to the network.
package enum SimulatorExposure {
    /// The warning to print before listening on `host`, or nil for a loopback address.
    package static func warning(forHost host: String) -> String? {
        let name = host.lowercased().trimmingCharacters(in: ["[", "]"])
        if name == "localhost" || name == "::1" || name.hasPrefix("127.") { return nil }
        return "warning: the simulator listens on \(host), reachable from other machines, and anyone there can sign in "
            + "with its well-known logins (admin/admin, viewer/viewer, token admin-token); use --host 127.0.0.1 unless that is intended."
    }
}
