package org.copydesk.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void mentions_are_found_in_order_without_trailing_punctuation_and_without_email_addresses() {
        assertThat(Mentions.in("@reviewer please look, and @editor2. Mail me at someone@example.org or @reviewer."))
                .containsExactly("reviewer", "editor2");
    }

    @Test
    void the_name_typed_after_a_trailing_at_sign_is_offered_for_completion() {
        assertThat(Mentions.typedAtEnd("Ask @rev")).contains("rev");
        assertThat(Mentions.typedAtEnd("Ask @")).contains("");
        assertThat(Mentions.typedAtEnd("Ask @reviewer now")).isEmpty();
        assertThat(Mentions.typedAtEnd("mail a@b")).isEmpty();
    }
}
