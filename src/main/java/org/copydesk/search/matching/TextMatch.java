package org.copydesk.search.matching;

import java.util.List;

/** One match in a text: its span and the text of each capture group (group 0 is the whole match, "" if unset). */
public record TextMatch(int start, int end, List<String> groups) {

    public TextMatch {
        groups = List.copyOf(groups);
    }

    public String text() {
        return groups.getFirst();
    }
}
