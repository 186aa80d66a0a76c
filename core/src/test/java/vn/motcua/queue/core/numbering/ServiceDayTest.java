package vn.motcua.queue.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServiceDayTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void afterLocalMidnightTheCenterIsOnTheNextDayWhileUtcIsStillOnThePrevious() {
        // 17:30 UTC on 1 May is 00:30 on 2 May in Vietnam (UTC+7)
        Instant at = Instant.parse("2024-05-01T17:30:00Z");
        assertThat(ServiceDay.of(at, HANOI)).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(ServiceDay.of(at, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void justBeforeLocalMidnightItIsStillTheSameDay() {
        Instant at = Instant.parse("2024-05-01T16:59:59Z"); // 23:59:59 local
        assertThat(ServiceDay.of(at, HANOI)).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void earlyMorningUtcIsMidMorningLocallySameDay() {
        Instant at = Instant.parse("2024-05-02T01:00:00Z"); // 08:00 local
        assertThat(ServiceDay.of(at, HANOI)).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void todayReadsTheInjectedClockNotTheSystemClock() {
        Clock clock = Clock.fixed(Instant.parse("2030-12-31T17:00:00Z"), ZoneOffset.UTC);
        assertThat(ServiceDay.today(clock, HANOI)).isEqualTo(LocalDate.of(2031, 1, 1));
    }
}
