#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A spawned child starts with every signal's default action and none blocked, as it would on its
/// own: the spawning program's handlers (the shell's Ctrl-C) and masks are not the child's.
enum SpawnSignals {
    /// Sets `attributes` so, with `flags` (another POSIX_SPAWN_ flag, such as a new session) besides.
    static func startAsOwn(_ attributes: inout posix_spawnattr_t, flags: Int32 = 0) {
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(flags | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    }
}
