package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> CLIENT_KEYS = RecordSpec.of(ScenarioFile.ClientStream.class).keys();
    private static final List<String> TOP_KEYS = RecordSpec.scenario().keys();

    @Test
    void aShortenedKeyFindsTheFullOne() {
        assertThat(Suggest.closest("fee_per_hr", CLIENT_KEYS)).contains("fee_per_hour");
    }

    @Test
    void camelCaseAndHyphensFindTheSnakeCaseKey() {
        assertThat(Suggest.closest("feePerHour", CLIENT_KEYS)).contains("fee_per_hour");
        assertThat(Suggest.closest("fee-per-hour", CLIENT_KEYS)).contains("fee_per_hour");
        assertThat(Suggest.closest("careworkers", TOP_KEYS)).contains("care_workers");
    }

    @Test
    void typosFindTheWord() {
        assertThat(Suggest.closest("counsil", List.of("council", "direct-payments", "self-funded", "nhs-chc")))
                .contains("council");
        assertThat(Suggest.closest("valdate", List.of("validate", "init", "params", "schema"))).contains("validate");
        assertThat(Suggest.closest("real-living-wages", List.of("national-living-wage", "real-living-wage")))
                .contains("real-living-wage");
    }

    @Test
    void nothingCloseSuggestsNothing() {
        assertThat(Suggest.closest("colour", TOP_KEYS)).isEmpty();
        assertThat(Suggest.closest("xyzzy", CLIENT_KEYS)).isEmpty();
        assertThat(Suggest.closest("anything", List.of())).isEmpty();
        assertThat(Suggest.hint("colour", TOP_KEYS)).isEmpty();
    }

    @Test
    void aHintIsWordedForAMessage() {
        assertThat(Suggest.hint("fee_per_hr", CLIENT_KEYS)).isEqualTo("did you mean 'fee_per_hour'?");
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggest.distance("abc", "abc")).isZero();
        assertThat(Suggest.distance("abc", "acb")).isEqualTo(1);
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
    }
}
