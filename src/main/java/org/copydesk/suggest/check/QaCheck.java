package org.copydesk.suggest.check;

import java.util.List;

/** One QA check on corrected text. */
public interface QaCheck {

    String name();

    List<Finding> check(CheckInput input);
}
