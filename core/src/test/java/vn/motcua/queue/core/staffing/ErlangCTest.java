package vn.motcua.queue.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Expected values are worked by hand from the closed form and rounded to 4 digits, so a tolerance of
 * 0.001 (a tenth of a percentage point) is rounding slack only: any wrong term in the formula moves them
 * by far more.
 */
class ErlangCTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    @Test
    void sixtyCitizensAnHourOfTenMinutesWithElevenCountersServeAbout85PercentWithinFifteenMinutes() {
        // a = 10 Erlangs; C(11, 10) = 0.6821; SL = 1 - 0.6821 e^-(1 x 1.5) = 0.8478
        assertThat(ErlangC.offeredLoad(60, TEN_MINUTES)).isCloseTo(10.0, within(1e-12));
        assertThat(ErlangC.probabilityOfWaiting(11, 60, TEN_MINUTES)).isCloseTo(0.6821, within(0.001));
        assertThat(ErlangC.serviceLevel(11, 60, TEN_MINUTES, FIFTEEN_MINUTES)).isCloseTo(0.8478, within(0.001));
    }

    @Test
    void withTwelveCountersAbout98Percent() {
        // C(12, 10) = 0.4494; SL = 1 - 0.4494 e^-(2 x 1.5) = 0.9776
        assertThat(ErlangC.probabilityOfWaiting(12, 60, TEN_MINUTES)).isCloseTo(0.4494, within(0.001));
        assertThat(ErlangC.serviceLevel(12, 60, TEN_MINUTES, FIFTEEN_MINUTES)).isCloseTo(0.9776, within(0.001));
    }

    @Test
    void fewestCountersForAServiceLevelGoal() {
        assertThat(ErlangC.fewestServers(60, TEN_MINUTES, FIFTEEN_MINUTES, 0.80)).isEqualTo(11);
        assertThat(ErlangC.fewestServers(60, TEN_MINUTES, FIFTEEN_MINUTES, 0.90)).isEqualTo(12);
        assertThat(ErlangC.fewestServers(60, TEN_MINUTES, FIFTEEN_MINUTES, 0.99)).isEqualTo(13);
    }

    @Test
    void classicCallCentreExample() {
        // 360 calls per half hour, 4-minute calls, 55 agents, answer within 15 s: a = 720/h x 4 min = 48 Erlangs.
        // Published step by step: Ec = 0.2387, ASA = Ec x 240 s / (55 - 48) = 8.2 s,
        // SL = 1 - 0.2387 e^-(7 x 15/240) = 84.6 %.
        Duration call = Duration.ofMinutes(4);
        assertThat(ErlangC.offeredLoad(720, call)).isCloseTo(48.0, within(1e-12));
        assertThat(ErlangC.probabilityOfWaiting(55, 720, call)).isCloseTo(0.2387, within(0.0005));
        assertThat(ErlangC.meanWaitMinutes(55, 720, call) * 60).isCloseTo(8.2, within(0.05));
        assertThat(ErlangC.serviceLevel(55, 720, call, Duration.ofSeconds(15))).isCloseTo(0.846, within(0.001));
    }

    @Test
    void oneCounterIsTheMm1Queue() {
        // M/M/1 with rho = 0.5: C = rho, mean wait = rho / (1 - rho) x 10 min = 10 min
        assertThat(ErlangC.probabilityOfWaiting(1, 3, TEN_MINUTES)).isCloseTo(0.5, within(1e-12));
        assertThat(ErlangC.meanWaitMinutes(1, 3, TEN_MINUTES)).isCloseTo(10.0, within(1e-9));
        assertThat(ErlangC.serviceLevel(1, 3, TEN_MINUTES, FIFTEEN_MINUTES))
                .isCloseTo(1 - 0.5 * Math.exp(-0.5 * 1.5), within(1e-12));
    }

    @Test
    void erlangBRecursionMatchesSmallHandValues() {
        assertThat(ErlangC.erlangB(1, 1.0)).isCloseTo(0.5, within(1e-12));
        assertThat(ErlangC.erlangB(2, 1.0)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void agreesWithTheFactorialFormulaComputedExactly() {
        for (int c = 2; c <= 30; c += 7) {
            double load = c * 0.85;
            assertThat(ErlangC.probabilityOfWaiting(c, load)).as("c=%d", c)
                    .isCloseTo(factorialErlangC(c, load), within(1e-9));
        }
    }

    @Test
    void staysFiniteForHundredsOfCountersWhereFactorialsOverflow() {
        double p = ErlangC.probabilityOfWaiting(1000, 950.0);
        assertThat(p).isFinite().isBetween(0.0, 1.0);
        assertThat(ErlangC.fewestServers(60 * 100, TEN_MINUTES, FIFTEEN_MINUTES, 0.95)).isBetween(1001, 1100);
    }

    @Test
    void countersAtOrBelowTheLoadNeverCatchUp() {
        assertThat(ErlangC.probabilityOfWaiting(10, 60, TEN_MINUTES)).isEqualTo(1.0);
        assertThat(ErlangC.serviceLevel(9, 60, TEN_MINUTES, FIFTEEN_MINUTES)).isZero();
        assertThat(ErlangC.meanWaitMinutes(10, 60, TEN_MINUTES)).isInfinite();
    }

    @Test
    void moreCountersNeverLowerTheServiceLevel() {
        double previous = 0;
        for (int c = 1; c <= 20; c++) {
            double sl = ErlangC.serviceLevel(c, 60, TEN_MINUTES, FIFTEEN_MINUTES);
            assertThat(sl).isGreaterThanOrEqualTo(previous);
            previous = sl;
        }
    }

    @Test
    void nobodyComingNeedsNoCounterAndNobodyWaits() {
        assertThat(ErlangC.probabilityOfWaiting(1, 0, TEN_MINUTES)).isZero();
        assertThat(ErlangC.fewestServers(0, TEN_MINUTES, FIFTEEN_MINUTES, 0.9)).isZero();
    }

    @Test
    void refusesNonsenseInputs() {
        assertThatThrownBy(() -> ErlangC.probabilityOfWaiting(0, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.offeredLoad(-1, TEN_MINUTES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.offeredLoad(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.fewestServers(60, TEN_MINUTES, FIFTEEN_MINUTES, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The textbook sum with exact factorials, as an independent oracle for small c. */
    private static double factorialErlangC(int c, double a) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal load = BigDecimal.valueOf(a);
        BigDecimal term = BigDecimal.ONE; // a^k / k!
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < c; k++) {
            sum = sum.add(term, mc);
            term = term.multiply(load, mc).divide(BigDecimal.valueOf(k + 1), mc);
        }
        BigDecimal top = term.multiply(BigDecimal.valueOf(c), mc).divide(BigDecimal.valueOf(c).subtract(load), mc);
        return top.divide(sum.add(top, mc), mc).doubleValue();
    }
}
