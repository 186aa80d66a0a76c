package vn.motcua.queue.backend.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.history.SimCenter.SimCounter;
import vn.motcua.queue.backend.history.SimCenter.SimService;
import vn.motcua.queue.core.ticket.TicketStatus;

/** The day simulation on its own, on the demo center's services and work profiles, open 07:30-17:00. */
class DaySimulationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 19 October 2026; six weeks of weekdays from it. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 19);
    private static final SimCenter CENTER = demoLike();

    @Test
    void sameSeedGivesTheSameDayAndAnotherSeedAnother() {
        List<HistoryTicket> day = DaySimulation.run(CENTER, MONDAY, 7);
        assertThat(DaySimulation.run(CENTER, MONDAY, 7)).isEqualTo(day);
        assertThat(DaySimulation.run(CENTER, MONDAY, 8)).isNotEqualTo(day);
        assertThat(DaySimulation.run(CENTER, MONDAY.plusDays(1), 7)).isNotEqualTo(day);
    }

    @Test
    void numbersRunFromOnePerServiceInOrderOfIssue() {
        Map<String, List<HistoryTicket>> byService = DaySimulation.run(CENTER, MONDAY, 7).stream()
                .collect(Collectors.groupingBy(HistoryTicket::serviceCode));
        assertThat(byService).hasSize(9);
        byService.forEach((code, tickets) -> {
            String prefix = CENTER.services().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow()
                    .prefix();
            List<HistoryTicket> ordered = tickets.stream().sorted(Comparator.comparing(HistoryTicket::issuedAt)).toList();
            for (int i = 0; i < ordered.size(); i++) {
                assertThat(ordered.get(i).number()).isEqualTo(prefix + String.format("%03d", i + 1));
            }
        });
    }

    @Test
    void everyTicketHasAConsistentLifeAndACounterServesOneAtATimeFromItsProfile() {
        for (HistoryTicket t : weeks(2)) {
            switch (t.status()) {
                case DONE -> {
                    assertThat(t.calledAt()).isAfterOrEqualTo(t.issuedAt());
                    assertThat(t.startedAt()).isAfter(t.calledAt());
                    assertThat(t.finishedAt()).isAfter(t.startedAt());
                }
                case NO_SHOW -> {
                    assertThat(t.calledAt()).isAfterOrEqualTo(t.issuedAt());
                    assertThat(t.startedAt()).isNull();
                    assertThat(t.finishedAt()).isAfter(t.calledAt());
                }
                default -> {
                    assertThat(t.status()).isEqualTo(TicketStatus.CANCELLED);
                    assertThat(t.calledAt()).isNull();
                    assertThat(t.counterId()).isNull();
                    assertThat(t.finishedAt()).isAfter(t.issuedAt());
                }
            }
            if (t.counterNumber() != null) {
                SimCounter counter = CENTER.counters().get(t.counterNumber() - 1);
                assertThat(counter.serviceIds()).as("profile of counter %d", counter.number()).contains(t.serviceId());
                assertThat(t.counterId()).isEqualTo(counter.id());
            }
        }
        Map<Integer, List<HistoryTicket>> byCounter = DaySimulation.run(CENTER, MONDAY, 7).stream()
                .filter(t -> t.counterNumber() != null)
                .collect(Collectors.groupingBy(HistoryTicket::counterNumber));
        byCounter.forEach((counter, tickets) -> {
            List<HistoryTicket> ordered = tickets.stream().sorted(Comparator.comparing(HistoryTicket::calledAt)).toList();
            for (int i = 1; i < ordered.size(); i++) {
                assertThat(ordered.get(i).calledAt()).as("counter %d", counter)
                        .isAfter(ordered.get(i - 1).finishedAt());
            }
        });
    }

    @Test
    void citizensComeInOpeningHoursWithBusyMorningsQuietLunchAndBusyMondays() {
        List<HistoryTicket> tickets = weeks(6);
        Map<Integer, Long> byHour = new HashMap<>();
        Map<DayOfWeek, Long> byDay = new HashMap<>();
        for (HistoryTicket t : tickets) {
            LocalTime issued = t.issuedAt().atZone(ZONE).toLocalTime();
            assertThat(issued).isBetween(LocalTime.of(7, 30), LocalTime.of(17, 0));
            byHour.merge(issued.getHour(), 1L, Long::sum);
            byDay.merge(t.day().getDayOfWeek(), 1L, Long::sum);
        }
        assertThat(byHour.get(8) + byHour.get(9)).isGreaterThan(3 * (byHour.get(12) + byHour.get(13)));
        assertThat(byHour.get(14)).isGreaterThan(byHour.get(12)).isLessThan(byHour.get(9));
        assertThat(byDay.get(DayOfWeek.MONDAY)).isGreaterThan(byDay.get(DayOfWeek.FRIDAY) * 6 / 5);
        // twelve counters take about 35 citizens a day each
        assertThat(tickets.size() / 30).isBetween(300, 500);
    }

    @Test
    void waitsComeOutOfTheQueueAndSomeHoursGoOverTarget() {
        List<HistoryTicket> tickets = weeks(6);
        List<HistoryTicket> called = tickets.stream().filter(t -> t.calledAt() != null).toList();
        double meanWait = called.stream().mapToDouble(DaySimulationTest::waitMinutes).average().orElseThrow();
        assertThat(meanWait).isBetween(2.0, 40.0);
        // mean wait per day and hour: the Monday morning peaks go over the 15-minute target, most hours do not
        Map<String, List<Double>> byDayHour = new HashMap<>();
        for (HistoryTicket t : called) {
            byDayHour.computeIfAbsent(t.day() + "@" + t.issuedAt().atZone(ZONE).getHour(), k -> new ArrayList<>())
                    .add(waitMinutes(t));
        }
        long over = byDayHour.values().stream()
                .filter(w -> w.stream().mapToDouble(Double::doubleValue).average().orElseThrow() > 15).count();
        assertThat(over).isGreaterThan(0).isLessThan(byDayHour.size() / 4);
        long noShows = tickets.stream().filter(t -> t.status() == TicketStatus.NO_SHOW).count();
        long cancelled = tickets.stream().filter(t -> t.status() == TicketStatus.CANCELLED).count();
        assertThat(100.0 * noShows / tickets.size()).isBetween(2.0, 6.0);
        assertThat(cancelled).isPositive();
        assertThat(100.0 * cancelled / tickets.size()).isLessThan(3.0);
    }

    @Test
    void oddCountersCallNobodyDuringTheirLunchHour() {
        for (HistoryTicket t : weeks(1)) {
            if (t.counterNumber() != null && t.counterNumber() % 2 == 1) {
                LocalTime called = t.calledAt().atZone(ZONE).toLocalTime();
                assertThat(called.isBefore(LocalTime.of(11, 30)) || !called.isBefore(LocalTime.of(12, 30)))
                        .as("counter %d called at %s", t.counterNumber(), called).isTrue();
            }
        }
    }

    private static double waitMinutes(HistoryTicket t) {
        return Duration.between(t.issuedAt(), t.calledAt()).toSeconds() / 60.0;
    }

    /** The weekdays of {@code n} weeks from {@link #MONDAY}, seed 7. */
    private static List<HistoryTicket> weeks(int n) {
        List<HistoryTicket> all = new ArrayList<>();
        for (int d = 0; d < 7 * n; d++) {
            LocalDate day = MONDAY.plusDays(d);
            if (day.getDayOfWeek().getValue() <= 5) {
                all.addAll(DaySimulation.run(CENTER, day, 7));
            }
        }
        return all;
    }

    /** The demo center's services (code, prefix, minutes) and counters 1..12 with its work profiles, weight 1. */
    private static SimCenter demoLike() {
        String[][] services = DemoLike.SERVICES;
        String[][] profiles = DemoLike.PROFILES;
        Map<String, Double> planned = new HashMap<>();
        for (String[] p : profiles) {
            Arrays.stream(p).forEach(s -> planned.merge(s, 1.0 / p.length, Double::sum));
        }
        List<SimService> sim = new ArrayList<>();
        for (int i = 0; i < services.length; i++) {
            double minutes = Double.parseDouble(services[i][2]);
            sim.add(new SimService(i + 1, services[i][0], services[i][1], 1, minutes,
                    ArrivalProfile.PEAK_LOAD * planned.get(services[i][0]) * 60 / minutes));
        }
        Map<String, Long> ids = sim.stream().collect(Collectors.toMap(SimService::code, SimService::id));
        List<SimCounter> counters = new ArrayList<>();
        for (int i = 0; i < profiles.length; i++) {
            counters.add(new SimCounter(100 + i, i + 1, Arrays.stream(profiles[i]).map(ids::get).toList(),
                    0.9 + 0.02 * i));
        }
        return new SimCenter("SIM", ZONE, LocalTime.of(7, 30), LocalTime.of(17, 0), sim, counters);
    }
}
