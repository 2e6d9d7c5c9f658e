extension Measure {
    /// Whether the two read their heading from one string their report keeps, so the headings are
    /// equal without making either; false says nothing (a measure with texts of its own, or another
    /// report's). A reader walking a report's figures in order meets one heading many times over.
    package func hasSameStoredHeading(as other: Measure) -> Bool {
        // Texts that hold a measure's fields whole keep no settings to read.
        texts === other.texts && !texts.holdsFieldsAlone
            && (settingIndex == other.settingIndex || headingIndex == other.headingIndex)
    }

    /// Whether the two read their section from one string their report keeps, as
    /// ``hasSameStoredHeading(as:)`` for the heading.
    package func hasSameStoredSection(as other: Measure) -> Bool {
        texts === other.texts && !texts.holdsFieldsAlone
            && (settingIndex == other.settingIndex || sectionIndex == other.sectionIndex)
    }

    /// Whether the two read their sentence from one string their report keeps, as
    /// ``hasSameStoredHeading(as:)`` for the heading.
    package func hasSameStoredSentence(as other: Measure) -> Bool {
        sentenceIndex == other.sentenceIndex && texts === other.texts && Int(sentenceIndex) < texts.strings.count
    }
}
