package org.copydesk.article.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;

/**
 * Which paragraphs of an article a screen lists. Needs work: body and heading paragraphs nobody has fixed yet or
 * that a reviewer sent back; boilerplate is never work.
 */
public enum ParagraphFilter {
    ALL(EnumSet.allOf(ParagraphStatus.class), EnumSet.allOf(ParagraphKind.class)),
    NEEDS_WORK(
            EnumSet.of(ParagraphStatus.UNTOUCHED, ParagraphStatus.CHANGES_REQUESTED),
            EnumSet.of(ParagraphKind.BODY, ParagraphKind.HEADING)),
    EDITED(EnumSet.of(ParagraphStatus.EDITED), EnumSet.allOf(ParagraphKind.class)),
    SUBMITTED(EnumSet.of(ParagraphStatus.SUBMITTED), EnumSet.allOf(ParagraphKind.class)),
    CHANGES_REQUESTED(EnumSet.of(ParagraphStatus.CHANGES_REQUESTED), EnumSet.allOf(ParagraphKind.class)),
    APPROVED(EnumSet.of(ParagraphStatus.APPROVED), EnumSet.allOf(ParagraphKind.class)),
    /** Every paragraph that is work: body and headings in any status. Not offered as a screen filter. */
    WORK(EnumSet.allOf(ParagraphStatus.class), EnumSet.of(ParagraphKind.BODY, ParagraphKind.HEADING));

    /** The filters a screen offers, in this order. */
    public static final List<ParagraphFilter> SHOWN =
            List.of(ALL, NEEDS_WORK, EDITED, SUBMITTED, CHANGES_REQUESTED, APPROVED);

    private final Set<ParagraphStatus> statuses;
    private final Set<ParagraphKind> kinds;

    ParagraphFilter(Set<ParagraphStatus> statuses, Set<ParagraphKind> kinds) {
        this.statuses = statuses;
        this.kinds = kinds;
    }

    public Set<ParagraphStatus> statuses() {
        return statuses;
    }

    public Set<ParagraphKind> kinds() {
        return kinds;
    }

    public boolean matches(ParagraphRow row) {
        return statuses.contains(row.status()) && kinds.contains(row.kind());
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
