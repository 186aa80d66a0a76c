package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.queue.core.calling.Situation.at;
import static vn.motcua.queue.core.calling.Situation.chosenId;
import static vn.motcua.queue.core.calling.Situation.normal;
import static vn.motcua.queue.core.calling.Situation.priority;
import static vn.motcua.queue.core.calling.Situation.queue;
import static vn.motcua.queue.core.calling.Situation.rule;
import static vn.motcua.queue.core.calling.Situation.transferred;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Default cap 2, horizon 0.5 (7.5 of 15 minutes), service-time weight 0.5; Situation's services take 10 min. */
class DeadlinePolicyTest {

    private final CallingPolicy deadline = new DeadlinePolicy(2.0);

    // --- past the cap: oldest first, bounded ---

    @Test
    void aTicketPastCapTimesTargetGoesFirstEvenIfAnotherHasLessSlack() {
        // A waited 35 > 2 x 15; B waited 50 of 60 (slack 10). FIFO would call B (older).
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 15));
        ServiceQueue b = queue(rule("B", 60), normal("B001", "B", 0));
        assertThat(chosenId(deadline, 50, b, a)).isEqualTo("A001");
        assertThat(chosenId(new FifoPolicy(), 50, b, a)).isEqualTo("B001");
    }

    @Test
    void amongOverdueTicketsTheLongestWaitingGoesFirst() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 10));   // 40 > 30
        ServiceQueue b = queue(rule("B", 10), normal("B001", "B", 5));    // 45 > 20
        assertThat(chosenId(deadline, 50, a, b)).isEqualTo("B001");
    }

    @Test
    void overdueTicketsOfOneLineGoOldestFirstBeforeAnyoneStillInTime() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), normal("A002", "A", 5),
                normal("A003", "A", 38));                                  // A003: 2 of 15, A001/A002 past 30
        assertThat(chosenId(deadline, 40, a)).isEqualTo("A001");
        ServiceQueue rest = queue(rule("A", 15), normal("A002", "A", 5), normal("A003", "A", 38));
        assertThat(chosenId(deadline, 40, rest)).isEqualTo("A002");
    }

    @Test
    void theHeadOfTheOverdueTicketsLineKeepsItsRightAndTheOverdueTicketComesNext() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), priority("A009", "A", 35));
        assertThat(chosenId(deadline, 40, a)).isEqualTo("A009");
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 0), transferred("C004", "B", 10, 39));
        assertThat(chosenId(deadline, 40, b)).isEqualTo("C004");
    }

    @Test
    void aLateCitizenIsNeverSkippedPastTheCap() {
        // one counter, one line, a new citizen every minute and one call a minute from minute 16: A001 is late
        // from minute 15 and each minute someone else is about to miss; the cap (30 min) ends the skipping
        ServiceRule rule = rule("A", 15);
        List<WaitingTicket> line = new ArrayList<>();
        line.add(normal("A001", "A", 0));
        Integer calledAt = null;
        for (int minute = 1; minute <= 60 && calledAt == null; minute++) {
            line.add(normal("A%03d".formatted(minute + 1), "A", minute));
            if (minute >= 16) {
                WaitingTicket chosen = deadline.choose(at(minute), List.of(ServiceQueue.of(rule, 1.0, line, 0)))
                        .orElseThrow();
                line.remove(chosen);
                if (chosen.id().equals("A001")) {
                    calledAt = minute;
                }
            }
        }
        assertThat(calledAt).isNotNull().isBetween(30, 31);
    }

    // --- line rights ---

    @Test
    void transferredAndPriorityHeadsKeepTheirRight() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), transferred("B007", "A", 1, 19),
                normal("A003", "A", 14));
        assertThat(chosenId(deadline, 20, a)).isEqualTo("B007");
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 0), priority("B002", "B", 1), normal("B003", "B", 14));
        assertThat(chosenId(deadline, 20, b)).isEqualTo("B002");
    }

    @Test
    void aPriorityHeadGoesBeforeAnUrgentTicketOfAnotherService() {
        ServiceQueue a = queue(rule("A", 15), priority("A005", "A", 19));              // just arrived
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 6));                 // 1 min to spare
        assertThat(chosenId(deadline, 20, b, a)).isEqualTo("A005");
    }

    @Test
    void alternateModeGivesThePriorityTicketItsTurnOnlyAfterNNormalTickets() {
        ServiceRule alternate2 = rule("E", 15, new PriorityMode.Alternate(2));
        List<WaitingTicket> line = List.of(normal("E001", "E", 8), priority("E002", "E", 18));
        // streak 2: the priority ticket's turn, it goes first although E001 has only 3 minutes to spare
        assertThat(deadline.choose(at(20), List.of(ServiceQueue.of(alternate2, 1.0, line, 2)))
                .map(WaitingTicket::id)).contains("E002");
        // streak 0: no right yet; the urgent normal ticket goes
        assertThat(deadline.choose(at(20), List.of(ServiceQueue.of(alternate2, 1.0, line, 0)))
                .map(WaitingTicket::id)).contains("E001");
    }

    @Test
    void theChosenServiceGivesItsHeadSoAPriorityTicketIsCalled() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), priority("A005", "A", 9));
        assertThat(chosenId(deadline, 10, a)).isEqualTo("A005");
    }

    // --- tickets that can still make their target ---

    @Test
    void skipsLateTicketsForOneThatIsAboutToMissItsTarget() {
        // A001 waited 20 of 15 (late, under the cap of 30); A003 waited 9, 6 to spare: A003 is saved
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), normal("A002", "A", 2), normal("A003", "A", 11));
        assertThat(chosenId(deadline, 20, a)).isEqualTo("A003");
        assertThat(chosenId(new FifoPolicy(), 20, a)).isEqualTo("A001");
    }

    @Test
    void lateTicketsGoOldestFirstWhileNobodyIsAboutToMiss() {
        // A003 waited 5, 10 to spare (more than the horizon of 7.5): the late ones go first, oldest first
        ServiceQueue a = queue(rule("A", 15), normal("A002", "A", 2), normal("A001", "A", 0), normal("A003", "A", 15));
        assertThat(chosenId(deadline, 20, a)).isEqualTo("A001");
        // with horizon 1 every in-time ticket is urgent: plain least slack first
        assertThat(chosenId(new DeadlinePolicy(2.0, 1.0, 0.0), 20, a)).isEqualTo("A003");
    }

    @Test
    void otherwiseTheTicketThatCanStillMakeItsTargetWithLeastSlack() {
        // A: 10 of 15 (slack 5); B: 45 of 60 (slack 15). FIFO and TARGET_AWARE (0.75 > 0.67) call B.
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 35));
        ServiceQueue b = queue(rule("B", 60), normal("B001", "B", 0));
        assertThat(chosenId(deadline, 45, b, a)).isEqualTo("A001");
        assertThat(chosenId(new TargetAwarePolicy(), 45, b, a)).isEqualTo("B001");
    }

    @Test
    void amongUrgentTicketsOfSeveralServicesTheLeastSlackGoesFirst() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), normal("A002", "A", 12)); // A002 slack 7
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 13));                        // slack 8
        assertThat(chosenId(deadline, 20, b, a)).isEqualTo("A002");
    }

    @Test
    void aShortCaseGoesBeforeALongOneWithAboutTheSameSlack() {
        ServiceRule land = new ServiceRule("A", Duration.ofMinutes(15), PriorityMode.STRICT, Duration.ofMinutes(14));
        ServiceRule copies = new ServiceRule("C", Duration.ofMinutes(15), PriorityMode.STRICT, Duration.ofMinutes(5));
        ServiceQueue a = queue(land, normal("A001", "A", 10));    // 5 to spare, rank 5 + 7 = 12
        ServiceQueue c = queue(copies, normal("C001", "C", 12));  // 7 to spare, rank 7 + 2.5 = 9.5
        assertThat(chosenId(deadline, 20, a, c)).isEqualTo("C001");
        assertThat(chosenId(new DeadlinePolicy(2.0, 0.5, 0.0), 20, a, c)).isEqualTo("A001");
    }

    @Test
    void theCapDecidesWhenALateTicketOvertakesOneStillInTime() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0));    // 25 of 15
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 15));   // 10 of 15, 5 to spare
        assertThat(chosenId(new DeadlinePolicy(1.5), 25, a, b)).isEqualTo("A001");
        assertThat(chosenId(new DeadlinePolicy(2.0), 25, a, b)).isEqualTo("B001");
    }

    @Test
    void whenEveryoneIsLateAndNoneIsPastTheCapTheOldestGoesFirst() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 10));   // 20
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 5));    // 25
        assertThat(chosenId(deadline, 30, a, b)).isEqualTo("B001");
    }

    @Test
    void equalSlackGoesToTheProfileOrder() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 5));
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 5));
        assertThat(chosenId(deadline, 10, b, a)).isEqualTo("B001");
        assertThat(chosenId(deadline, 10, a, b)).isEqualTo("A001");
    }

    // --- construction ---

    @Test
    void refusesACapBelowOneAndParametersOutOfRange() {
        assertThatThrownBy(() -> new DeadlinePolicy(0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlinePolicy(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlinePolicy(2, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlinePolicy(2, 1.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlinePolicy(2, 0.5, -1)).isInstanceOf(IllegalArgumentException.class);
        DeadlinePolicy one = new DeadlinePolicy(1.0);
        assertThat(one.cap()).isEqualTo(1.0);
        assertThat(one.horizon()).isEqualTo(DeadlinePolicy.DEFAULT_HORIZON).isEqualTo(0.5);
        assertThat(one.serviceTimeWeight()).isEqualTo(DeadlinePolicy.DEFAULT_SERVICE_TIME_WEIGHT).isEqualTo(0.5);
    }

    @Test
    void factoryPassesTheCapAndDefaultsToTwo() {
        assertThat(((DeadlinePolicy) CallingPolicies.of(PolicyKind.DEADLINE, 3.0)).cap()).isEqualTo(3.0);
        assertThat(((DeadlinePolicy) CallingPolicies.of(PolicyKind.DEADLINE)).cap())
                .isEqualTo(CallingPolicies.DEFAULT_CAP).isEqualTo(2.0);
    }

    @Test
    void nothingToCallWhenAllQueuesAreEmpty() {
        assertThat(deadline.choose(at(0), List.of(queue(rule("A", 15))))).isEmpty();
        assertThat(deadline.kind()).isEqualTo(PolicyKind.DEADLINE);
    }
}
