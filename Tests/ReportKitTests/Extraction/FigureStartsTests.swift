import Testing

@testable import ReportExtraction

/// The scanner passes over a scalar that is not among ``FigureStarts``: none that one of its tests
/// would act on may be missing.
struct FigureStartsTests {
    @Test func everyScalarTheScannerActsOnIsAStart() {
        let actedOn = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            NumberScanner.quotePair(scalar) != nil || scalar.arabicDigit != nil || ChineseNumeral.isRoundUnit(scalar)
                || ChineseNumeral.canStart(scalar) || ChineseNumeral.digit(scalar) != nil
                || "几数上翻成".unicodeScalars.contains(scalar)
        }
        #expect(actedOn.count > 40)
        #expect(actedOn.filter { !FigureStarts.shared.contains($0) } == [])
    }
}
