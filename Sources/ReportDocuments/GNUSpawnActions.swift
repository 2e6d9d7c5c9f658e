#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// glibc's posix_spawn file actions that Swift does not import (they are declared only under
/// _GNU_SOURCE), looked up by name: glibc has had both since 2.34, Debian 12 has 2.36.
enum GNUSpawnActions {
    /// Why an action cannot be added: the C library lacks it, or refused it (`strerror`).
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias ChangeDirectory =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    static func closeFrom(_ lowest: Int32, in actions: inout posix_spawn_file_actions_t) throws(Unavailable) {
        let function = try lookUp("posix_spawn_file_actions_addclosefrom_np", as: CloseFrom.self)
        try check(function(&actions, lowest), "closefrom")
    }

    static func changeDirectory(to directory: String, in actions: inout posix_spawn_file_actions_t) throws(Unavailable) {
        let function = try lookUp("posix_spawn_file_actions_addchdir_np", as: ChangeDirectory.self)
        try check(function(&actions, directory), "chdir to \(directory)")
    }

    private static func lookUp<Function>(_ name: String, as type: Function.Type) throws(Unavailable) -> Function {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
            throw Unavailable(description: "this C library has no \(name) (glibc 2.34 or later has)")
        }
        return unsafeBitCast(symbol, to: type)
    }

    private static func check(_ result: Int32, _ action: String) throws(Unavailable) {
        guard result == 0 else {
            throw Unavailable(description: "cannot add \(action): \(String(cString: strerror(result)))")
        }
    }
}
