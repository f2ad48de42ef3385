package kam.platform.messaging.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 7240's Prefer header, as clients send it. */
class PreferTest {
    @Test
    void respondAsyncCountsAmongOtherPreferencesAndWithParametersOfItsOwn() {
        assertThat(Jobs.prefersAsync("respond-async")).isTrue();
        assertThat(Jobs.prefersAsync("Respond-Async")).isTrue();
        assertThat(Jobs.prefersAsync("return=minimal, respond-async")).isTrue();
        assertThat(Jobs.prefersAsync("respond-async; x=1, wait=10")).isTrue();
    }

    @Test
    void anythingElseIsAnAnswerOnceTheWorkIsDone() {
        assertThat(Jobs.prefersAsync(null)).isFalse();
        assertThat(Jobs.prefersAsync("")).isFalse();
        assertThat(Jobs.prefersAsync("wait=10")).isFalse();
        assertThat(Jobs.prefersAsync("respond-asynchronously")).isFalse();
    }
}
