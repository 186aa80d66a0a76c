package vn.motcua.queue.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.queue.display.hall.CounterView;
import vn.motcua.queue.display.voice.Announcement;
import vn.motcua.queue.display.testing.BackendExtension;
import vn.motcua.queue.display.testing.BackendProcess;
import vn.motcua.queue.hardware.testing.FakeBoardLine;
import vn.motcua.queue.hardware.testing.SocatCable;
import vn.motcua.queue.display.testing.TestDisplays;
import vn.motcua.queue.hardware.ledboard.BoardFrame;
import vn.motcua.queue.hardware.ledboard.BoardMessage;
import vn.motcua.queue.hardware.ledboard.StxAsciiProfile;

/**
 * The agent against the real backend: calls made through the API reach the hall state, the LED
 * frames on a socat cable and the announcement queue; a restarted backend is resynced within 5 s.
 */
@ExtendWith(BackendExtension.class)
class DisplayAgentEndToEndTest {
    private static final String COUNTER_2 = BackendProcess.CENTER + "/counters/2";

    @TempDir
    Path dir;
    private DisplayApp agent;

    private DisplayApp start(BackendProcess backend, SocatCable cable, Map<String, String> extra) throws Exception {
        Map<String, String> values = TestDisplays.base(backend.url());
        values.put("led.transport", "serial");
        values.put("led.port", cable.deviceEnd().toString());
        values.put("led.profile", "stx");
        values.put("led.counters", "1-4");
        values.put("led.addresses", "2:12");
        values.put("led.blink-seconds", "1");
        values.put("voice.output", "page");
        values.putAll(extra);
        agent = new DisplayApp(TestDisplays.config(values), Clock.systemUTC());
        agent.start().toCompletionStage().toCompletableFuture().get();
        await().atMost(Duration.ofSeconds(10)).until(() -> agent.hall().connected());
        return agent;
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.stop();
        }
    }

    @Test
    void aCallReachesTheStateTheBoardAndTheVoiceAndARecallBlinksAndIsAnnouncedAgain(BackendProcess backend) throws Exception {
        try (SocatCable cable = new SocatCable(dir);
             FakeBoardLine boards = new FakeBoardLine(cable.hostEnd(), StxAsciiProfile.standard())) {
            start(backend, cable, Map.of());
            backend.issue("DD", "ELDERLY");
            JsonObject called = backend.callNext(2);
            String number = called.getString("number");
            boolean priority = !called.getString("priority").equals("NONE");

            await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
                CounterView counter = agent.hall().counter(2);
                assertThat(counter.current().number()).isEqualTo(number);
                assertThat(counter.current().isPriority()).isEqualTo(priority);
                assertThat(agent.hall().calls().get(0).ticket().number()).isEqualTo(number);
            });
            await().atMost(Duration.ofSeconds(3)).until(() -> containsFrame(boards, 12, number, false));
            await().atMost(Duration.ofSeconds(3)).until(() -> announced(number, 2, false));

            backend.staff("/api/tickets/" + called.getString("id") + "/recall");
            await().atMost(Duration.ofSeconds(3)).until(() -> containsFrame(boards, 12, number, true));
            await().atMost(Duration.ofSeconds(3)).until(() -> announced(number, 2, true));
            // after led.blink-seconds the recalled number shows steady again
            await().atMost(Duration.ofSeconds(4)).until(() -> lastFrame(boards, 12).equals(
                    new BoardMessage(number, false, false)));

            backend.staff(COUNTER_2 + "/pause");
            await().atMost(Duration.ofSeconds(3)).until(() -> lastFrame(boards, 12).equals(BoardMessage.BLANK));
            assertThat(agent.hall().counter(2).status()).isEqualTo("PAUSED");
            assertThat(boards.frames()).extracting(BoardFrame::address).containsOnly(1, 3, 4, 12);

            backend.staff(COUNTER_2 + "/open");
            await().atMost(Duration.ofSeconds(3)).until(() -> lastFrame(boards, 12).equals(BoardMessage.of(number)));
            backend.staff("/api/tickets/" + called.getString("id") + "/start");
            backend.staff("/api/tickets/" + called.getString("id") + "/finish");
            await().atMost(Duration.ofSeconds(3)).until(() -> agent.hall().counter(2).current() == null);
            assertThat(agent.health().status()).isEqualTo("OK");
            await().atMost(Duration.ofSeconds(5)).until(() -> agent.heartbeat().lastStatus() == 204);
        }
    }

    @Test
    void aRestartedBackendIsResyncedWithinFiveSecondsAndMissedCallsAreAnnounced(BackendProcess backend) throws Exception {
        try (SocatCable cable = new SocatCable(dir);
             FakeBoardLine boards = new FakeBoardLine(cable.hostEnd(), StxAsciiProfile.standard())) {
            start(backend, cable, Map.of());
            backend.staff(BackendProcess.CENTER + "/counters/3/open");
            backend.stop();
            await().atMost(Duration.ofSeconds(5)).until(() -> !agent.hall().connected());
            assertThat(agent.hall().counters()).as("the last state stays on screen").isNotEmpty();

            backend.start();
            long ready = System.nanoTime();
            // called at once, before or after the agent is back: shown and announced either way (live
            // event, or a missed call in the new snapshot)
            backend.issue("TP", "NONE");
            String number = backend.callNext(3).getString("number");
            await().atMost(Duration.ofSeconds(5)).until(() -> agent.hall().connected());
            assertThat(Duration.ofNanos(System.nanoTime() - ready)).isLessThan(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(3)).until(() -> agent.hall().counter(3).current() != null
                    && agent.hall().counter(3).current().number().equals(number));
            await().atMost(Duration.ofSeconds(3)).until(() -> containsFrame(boards, 3, number, false));
            await().atMost(Duration.ofSeconds(3)).until(() -> announced(number, 3, false));
        }
    }

    private boolean announced(String number, int counter, boolean recall) {
        List<Announcement> all = new java.util.ArrayList<>(agent.announcer().played());
        all.addAll(agent.announcer().pending());
        return all.stream().anyMatch(a -> a.ticketNumber().equals(number) && a.counterNumber() == counter
                && a.recall() == recall);
    }

    private static boolean containsFrame(FakeBoardLine boards, int address, String text, boolean blink) {
        return boards.frames().stream().anyMatch(f -> f.address() == address && f.message().text().equals(text)
                && f.message().blink() == blink);
    }

    private static BoardMessage lastFrame(FakeBoardLine boards, int address) {
        List<BoardFrame> frames = boards.frames().stream().filter(f -> f.address() == address).toList();
        return frames.isEmpty() ? null : frames.get(frames.size() - 1).message();
    }
}
