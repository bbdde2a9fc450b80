package org.copydesk.suggest.check;

import java.util.List;
import org.copydesk.glossary.GlossaryEntry;

/** What a check looks at: the paragraph's source and corrected text, and the glossary. */
public record CheckInput(String source, String corrected, List<GlossaryEntry> glossary) {}
