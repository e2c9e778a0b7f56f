#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exchanges two folders in one step of the file system: at no instant is either path missing
/// or half of one and half of the other. That step is what makes a build killed at any moment
/// leave the output as the previous site or the new one.
enum FolderSwap {
    /// Swaps what `first` and `second` name; both must exist on one file system. False (with
    /// `errno` set) when the system refuses.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(macOS)
        return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
        guard let renameat2 = linuxRenameAt2 else {
            errno = ENOSYS
            return false
        }
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #endif
    }

    #if !os(macOS)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    /// `RENAME_EXCHANGE` of <linux/fs.h>.
    private static let renameExchange: UInt32 = 1 << 1
    /// Glibc declares `renameat2` only under `_GNU_SOURCE`, which Swift's Glibc module does not
    /// set (and `syscall` is variadic, so not imported): the function is looked up by name.
    private static let linuxRenameAt2: RenameAt2? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    #endif
}
