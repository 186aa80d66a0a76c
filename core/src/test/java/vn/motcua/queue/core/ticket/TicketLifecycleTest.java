package vn.motcua.queue.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketLifecycleTest {

    /** Every allowed transition of ARCHITECTURE.md "Ticket lifecycle": (from, action) -> to. */
    private static final Map<TicketStatus, Map<TicketAction, TicketStatus>> ALLOWED = Map.of(
            TicketStatus.WAITING, Map.of(
                    TicketAction.CALL, TicketStatus.CALLED,
                    TicketAction.CANCEL, TicketStatus.CANCELLED,
                    TicketAction.EXPIRE, TicketStatus.EXPIRED),
            TicketStatus.CALLED, Map.of(
                    TicketAction.RECALL, TicketStatus.CALLED,
                    TicketAction.START, TicketStatus.SERVING,
                    TicketAction.NO_SHOW, TicketStatus.NO_SHOW,
                    TicketAction.TRANSFER, TicketStatus.WAITING,
                    TicketAction.EXPIRE, TicketStatus.EXPIRED),
            TicketStatus.SERVING, Map.of(
                    TicketAction.FINISH, TicketStatus.DONE,
                    TicketAction.TRANSFER, TicketStatus.WAITING),
            TicketStatus.NO_SHOW, Map.of(
                    TicketAction.REJOIN, TicketStatus.WAITING),
            TicketStatus.DONE, Map.of(),
            TicketStatus.CANCELLED, Map.of(),
            TicketStatus.EXPIRED, Map.of());

    static Stream<Arguments> allowedTransitions() {
        List<Arguments> cases = new ArrayList<>();
        ALLOWED.forEach((from, moves) -> moves.forEach((action, to) -> cases.add(Arguments.of(from, action, to))));
        return cases.stream();
    }

    static Stream<Arguments> forbiddenTransitions() {
        List<Arguments> cases = new ArrayList<>();
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketAction action : TicketAction.values()) {
                if (!ALLOWED.get(from).containsKey(action)) {
                    cases.add(Arguments.of(from, action));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowedTransitions")
    void allowedTransitionReachesItsTargetState(TicketStatus from, TicketAction action, TicketStatus to) {
        assertThat(TicketLifecycle.allows(from, action)).isTrue();
        assertThat(TicketLifecycle.apply(from, action)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("forbiddenTransitions")
    void forbiddenTransitionIsRefusedNamingTheCurrentState(TicketStatus from, TicketAction action) {
        assertThat(TicketLifecycle.allows(from, action)).isFalse();
        assertThatThrownBy(() -> TicketLifecycle.apply(from, action))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.current()).isEqualTo(from);
                    assertThat(e.action()).isEqualTo(action);
                })
                .hasMessageContaining(from.name())
                .hasMessageContaining(action.pathName());
    }

    @Test
    void theTableCoversEveryStateAndTheRefusalsAreTheRest() {
        assertThat(ALLOWED).containsOnlyKeys(TicketStatus.values());
        long allowed = allowedTransitions().count();
        long forbidden = forbiddenTransitions().count();
        assertThat(allowed).isEqualTo(11);
        assertThat(allowed + forbidden).isEqualTo((long) TicketStatus.values().length * TicketAction.values().length);
    }

    @Test
    void waitingTicketCannotBeTransferredBecauseOnlyACalledOrServedCitizenIsSentOn() {
        assertThatThrownBy(() -> TicketLifecycle.apply(TicketStatus.WAITING, TicketAction.TRANSFER))
                .hasMessage("Cannot transfer a ticket that is WAITING");
    }

    @Test
    void noShowRejoinsTheLineAndCanBeCalledAgain() {
        TicketStatus s = TicketStatus.WAITING;
        for (TicketAction a : List.of(TicketAction.CALL, TicketAction.RECALL, TicketAction.NO_SHOW,
                TicketAction.REJOIN, TicketAction.CALL, TicketAction.START, TicketAction.FINISH)) {
            s = TicketLifecycle.apply(s, a);
        }
        assertThat(s).isEqualTo(TicketStatus.DONE);
    }

    @Test
    void finalStatesAreDoneCancelledAndExpiredButNotNoShow() {
        assertThat(TicketStatus.values()).filteredOn(TicketStatus::isFinal)
                .containsExactlyInAnyOrder(TicketStatus.DONE, TicketStatus.CANCELLED, TicketStatus.EXPIRED);
    }

    @Test
    void actionPathNameUsesHyphens() {
        assertThat(TicketAction.NO_SHOW.pathName()).isEqualTo("no-show");
        assertThat(TicketAction.CALL.pathName()).isEqualTo("call");
    }
}
