import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The machine a benchmark ran on, so numbers from different machines are not compared blindly.
struct MachineInfo: Sendable, Codable {
    /// Like `uname -srm`.
    var system: String
    /// Like `nproc`.
    var processors: Int
    var memoryGigabytes: Double

    static func current() -> MachineInfo {
        var names = utsname()
        uname(&names)
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        return MachineInfo(
            system: "\(text(names.sysname)) \(text(names.release)) \(text(names.machine))",
            processors: ProcessInfo.processInfo.activeProcessorCount,
            memoryGigabytes: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)
    }
}
