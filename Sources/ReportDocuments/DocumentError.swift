/// Why a file could not be read as a report's document; each message says what the file is and
/// what to do about it.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A picture (`PNG`, `JPEG`, `GIF`): a scan or a screenshot, with no text to read.
    case image(format: String)
    /// A Word 97–2003 file (`.doc`), a binary format with no reader here.
    case oldWord
    /// A zip archive with no `word/document.xml`: not a Word file.
    case zipNotWord
    /// An Excel workbook (`.xlsx`): a zip archive too, of sheets rather than a report's text.
    case spreadsheet
    /// Rich Text Format, which has no reader here.
    case richText
    /// A Word file whose archive or `word/document.xml` is broken.
    case brokenWord(String)
    /// Password protection: pdftotext cannot read it without the password.
    case encryptedPDF
    /// `pdftotext` is not installed.
    case pdftotextMissing
    /// `pdftotext` ran and failed; its own message.
    case pdftotextFailed(String)
    /// A PDF whose pages hold no text (a scan).
    case pdfWithoutText
    /// A web page whose bytes are not in the charset it declares, nor in any it could be.
    case undecodablePage(charset: String)
    /// A library the format needs cannot be opened; which, why, and how to install it.
    case libraryMissing(String)

    public var description: String {
        switch self {
        case .image(let format):
            return
                "file is a \(format) image, not a report's text; run it through OCR or give the report as text, a web page, a Word file or a PDF"
        case .oldWord:
            return "file is an old binary Word (.doc) file; open it in Word or LibreOffice and save it as .docx, a PDF or text"
        case .zipNotWord:
            return "file is a zip archive but not a Word (.docx) file; unpack it and load the report inside"
        case .spreadsheet:
            return
                "file is an Excel workbook (.xlsx), not a report; save the sheet as a web page (.html) or load the report it came with"
        case .richText:
            return "file is in Rich Text Format (.rtf); open it in Word or LibreOffice and save it as .docx, a PDF or text"
        case .brokenWord(let problem):
            return "file is a damaged Word (.docx) file (\(problem)); open it in Word or LibreOffice and save it again"
        case .encryptedPDF:
            return "file is a password-protected PDF; save an unprotected copy (or its text) and load that"
        case .pdftotextMissing:
            return "reading a PDF needs pdftotext, which is not installed; install poppler-utils (apt-get install poppler-utils)"
        case .pdftotextFailed(let message):
            return "pdftotext could not read the PDF (\(message)); check that the file is a whole PDF"
        case .pdfWithoutText:
            return "file is a PDF with no text in it (a scanned image?); run it through OCR first"
        case .undecodablePage(let charset):
            return "web page is not valid \(charset) text; save it again as UTF-8"
        case .libraryMissing(let problem):
            return problem
        }
    }
}
