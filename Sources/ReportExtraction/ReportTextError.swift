/// Why a file's bytes are not a report's text; the message says what to do about it.
public enum ReportTextError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(nulOffset: Int?)
    case undecodable(byte: UInt8, offset: Int)

    public var description: String {
        switch self {
        case .empty:
            return "file is empty: give the plain text of a report"
        case .binary(let offset?):
            return "file is binary, not a report's text (found NUL byte at offset \(offset)); "
                + "save the report as plain text first"
        case .binary(nil):
            return "file is binary, not a report's text (mostly control bytes); save the report as plain text first"
        case .undecodable(let byte, let offset):
            let hex = String(byte, radix: 16, uppercase: true)
            return "file is not UTF-8 or GB18030 text (invalid byte 0x\(hex.count == 1 ? "0" + hex : hex) "
                + "at offset \(offset)); convert it to UTF-8"
        }
    }
}
