package org.copydesk.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Why a reviewer sends a paragraph back. */
public enum ChangeReason {
    MEANING_CHANGED,
    STILL_GARBLED,
    GRAMMAR,
    STYLE,
    TERMINOLOGY,
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason for {@code code} ({@code meaning_changed}, …); fails with the list of valid codes otherwise. */
    @JsonCreator
    public static ChangeReason ofCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("reason must be one of "
                        + Arrays.stream(values()).map(ChangeReason::code).toList()));
    }
}
