package org.deban.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JourneyTest {
    @ParameterizedTest(name = "{0} (suspended from {1}) → {2}: {3}")
    @CsvSource({
        "SOUNDING_OUT, , CONSENT, allowed",
        "SOUNDING_OUT, , PARTICIPATING, allowed",
        "VISIT, , PARTICIPATING, allowed",
        "TRIAL, , VISIT, refused",
        "PARTICIPATING, , PARTICIPATING, refused",
        "GRADUATED, , SETTLED, refused",
        "GRADUATED, , ENDED, allowed",
        "VISIT, , SUSPENDED, allowed",
        "SUSPENDED, VISIT, VISIT, allowed",
        "SUSPENDED, VISIT, TRIAL, allowed",
        "SUSPENDED, VISIT, CONSENT, refused",
        "SUSPENDED, VISIT, SUSPENDED, refused",
        "SUSPENDED, VISIT, ENDED, allowed",
        "ENDED, , PARTICIPATING, refused",
        "ENDED, , SUSPENDED, refused",
    })
    void movesForwardOnlyAndResumesWhereItStopped(Step from, Step suspendedFrom, Step to, String expected) {
        assertThat(Journey.refusal(from, suspendedFrom, to).isEmpty()).isEqualTo(expected.equals("allowed"));
    }

    @ParameterizedTest
    @CsvSource({
        "SOUNDING_OUT, false",
        "CONSENT, false",
        "HOST_ARRANGEMENT, true",
        "GRADUATED, true",
        "SUSPENDED, false",
        "ENDED, false"
    })
    void onlyStepsPastConsentNeedAConsent(Step step, boolean needs) {
        assertThat(step.needsConsent()).isEqualTo(needs);
    }
}
