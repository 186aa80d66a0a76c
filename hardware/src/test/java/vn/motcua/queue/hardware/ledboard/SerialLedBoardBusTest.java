package vn.motcua.queue.hardware.ledboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.queue.hardware.serial.ReconnectBackoff;
import vn.motcua.queue.hardware.serial.SerialLink;
import vn.motcua.queue.hardware.serial.SerialSettings;
import vn.motcua.queue.hardware.testing.FakeBoardLine;
import vn.motcua.queue.hardware.testing.SocatCable;

/** LED boards on a socat cable: the test decodes the frames on the boards' end. */
class SerialLedBoardBusTest {
    @TempDir
    Path dir;

    private LedBoardBus open(SocatCable cable, LedBoardConfig config) {
        SerialLink link = SerialLink.open(SerialSettings.of(cable.deviceEnd().toString(), 9600),
                new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200)));
        return new SerialLedBoardBus(link, config);
    }

    @Test
    void stxFramesReachSeveralBoardsOnOneBus() throws Exception {
        LedBoardConfig config = LedBoardConfig.serial(SerialSettings.of("unused", 9600), StxAsciiProfile.standard())
                .withAddresses(Map.of(1, 11, 2, 12));
        try (SocatCable cable = new SocatCable(dir);
             FakeBoardLine boards = new FakeBoardLine(cable.hostEnd(), config.profile());
             LedBoardBus bus = open(cable, config)) {

            bus.show(1, "A023", true);
            bus.show(2, new BoardMessage("B105", false, true));
            bus.show(3, "C001", false);
            bus.clear(1);

            await().atMost(Duration.ofSeconds(5)).until(() -> boards.frames().size() == 4);
            assertThat(boards.frames()).extracting(BoardFrame::address).containsExactly(11, 12, 3, 11);
            assertThat(boards.frames()).extracting(BoardFrame::message).containsExactly(
                    new BoardMessage("A023", true, false),
                    new BoardMessage("B105", false, true),
                    BoardMessage.of("C001"),
                    BoardMessage.BLANK);
        }
    }

    @Test
    void aModbusBoardThatMissesAFrameGetsItAgain() throws Exception {
        LedBoardConfig config = LedBoardConfig.serial(SerialSettings.of("unused", 9600), ModbusRtuProfile.standard())
                .withRetries(2, Duration.ofMillis(150));
        try (SocatCable cable = new SocatCable(dir);
             FakeBoardLine boards = new FakeBoardLine(cable.hostEnd(), config.profile());
             LedBoardBus bus = open(cable, config)) {
            boards.ignoreNextFrames(1);

            bus.show(4, "A023", false);

            assertThat(boards.frames()).hasSize(2);
            assertThat(boards.frames().get(1)).isEqualTo(boards.frames().get(0));
            assertThat(boards.frames().get(0).address()).isEqualTo(4);
        }
    }

    @Test
    void aBoardThatNeverAnswersIsReportedAfterTheRetries() throws Exception {
        LedBoardConfig config = LedBoardConfig.serial(SerialSettings.of("unused", 9600), ModbusRtuProfile.standard())
                .withRetries(2, Duration.ofMillis(100));
        try (SocatCable cable = new SocatCable(dir);
             FakeBoardLine boards = new FakeBoardLine(cable.hostEnd(), config.profile());
             LedBoardBus bus = open(cable, config)) {
            boards.ignoreNextFrames(Integer.MAX_VALUE);

            assertThatThrownBy(() -> bus.show(9, "A023", false))
                    .isInstanceOfSatisfying(LedBoardException.class, e -> assertThat(e.counterNumber()).isEqualTo(9));
            assertThat(boards.frames()).hasSize(3);
        }
    }

    @Test
    void aStxBoardThatAcknowledgesIsRetriedOnSilence() throws Exception {
        LedBoardConfig config = LedBoardConfig.serial(SerialSettings.of("unused", 9600), new StxAsciiProfile("*", ">", true, true))
                .withRetries(1, Duration.ofMillis(150));
        try (SocatCable cable = new SocatCable(dir);
             FakeBoardLine boards = new FakeBoardLine(cable.hostEnd(), config.profile());
             LedBoardBus bus = open(cable, config)) {
            boards.ignoreNextFrames(1);
            bus.show(2, "B105", true);
            assertThat(boards.frames()).hasSize(2);
        }
    }
}
