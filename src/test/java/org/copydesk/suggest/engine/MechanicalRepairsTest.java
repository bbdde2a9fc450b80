package org.copydesk.suggest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MechanicalRepairsTest {

    private final MechanicalRepairs repairs = new MechanicalRepairs();

    private String repaired(String text) {
        return Suggestions.apply(text, new SuggestionEngine(List.of(repairs)).suggest(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "work under the radar inChina Countless them send money|work under the radar in China. Countless them send money",
                "people in theSouth are|people in the South are",
                "they met onSunday in Seoul|they met on Sunday in Seoul",
                "the UnitedStates said|the United States said",
                "their 60- day passes|their 60-day passes",
                "a Long- time resident|a Long-time resident",
                "‘I’ m simply here’|‘I’m simply here’",
                "we don’ t know|we don’t know",
                "Kim Jong Un ’s sister|Kim Jong Un’s sister",
                "” If they go, we go,” he said.|“If they go, we go,” he said.",
                "He said  it twice.|He said it twice.",
                "It ended.. Then|It ended. Then",
                "He left , then came back .|He left, then came back.",
                "rising prices.Many of them left|rising prices. Many of them left",
                "markets fellThe next day|markets fell. The next day",
            })
    void repairs_the_spinners_mechanical_damage(String damaged, String repaired) {
        assertThat(repaired(damaged)).isEqualTo(repaired);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "She bought an iPhone on eBay.",
                "He posted it on YouTube and PayPal.",
                "McDonald and DeSantis met LeBron.",
                "pre- and post-war Europe",
                "Wait... what?",
                "The price was 30,000 dollars, or 3.5 million.",
                "“If they go, we go,” he said. “We will.”",
                "Visit example.com today.",
            })
    void leaves_sound_text_alone(String text) {
        assertThat(repairs.suggest(AnalysedText.of(text)).stream().filter(Suggestion::confident))
                .isEmpty();
    }

    @Test
    void repairs_the_damage_in_the_seed_article() throws Exception {
        String seed = SeedText.seed();
        String fixed = repaired(seed);
        assertThat(fixed)
                .contains("in China. Countless", "60-day family visitation", "60-day licenses", "‘I’m simply")
                .contains("“If they specify", "“It’s not that")
                .doesNotContain("inChina", "60- day", "’ m", "\n” ");
    }
}
