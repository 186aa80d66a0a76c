package vn.motcua.queue.hardware.ledboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameProfileTest {

    @Test
    void stxFrameIsStxAddressTextEtx() {
        assertThat(StxAsciiProfile.standard().encode(5, BoardMessage.of("A023")))
                .containsExactly(0x02, '0', '5', 'A', '0', '2', '3', 0x03);
        assertThat(StxAsciiProfile.standard().encode(12, new BoardMessage("B105", true, true)))
                .containsExactly(0x02, '1', '2', '*', '>', 'B', '1', '0', '5', 0x03);
    }

    @Test
    void stxFrameWithBlockCheckRoundTripsAndDetectsCorruption() {
        StxAsciiProfile profile = new StxAsciiProfile("*", ">", true, true);
        byte[] frame = profile.encode(7, new BoardMessage("C001", true, false));
        assertThat(profile.decode(frame, 0, frame.length))
                .isEqualTo(new BoardFrame(7, new BoardMessage("C001", true, false), frame.length));
        assertThat(profile.decode(frame, 0, frame.length - 1)).isNull();
        frame[4] ^= 0x01;
        assertThatThrownBy(() -> profile.decode(frame, 0, frame.length)).hasMessageContaining("block check");
    }

    @Test
    void stxDecoderSkipsLineNoiseBeforeAFrame() {
        byte[] frame = StxAsciiProfile.standard().encode(3, BoardMessage.of("A1"));
        byte[] noisy = new byte[frame.length + 2];
        noisy[0] = (byte) 0xFF;
        noisy[1] = 0x00;
        System.arraycopy(frame, 0, noisy, 2, frame.length);
        assertThat(StxAsciiProfile.standard().decode(noisy, 0, noisy.length).message().text()).isEqualTo("A1");
    }

    @Test
    void modbusCrcMatchesTheSpecificationExample() {
        // "read 10 holding registers from slave 1" is sent as 01 03 00 00 00 0A C5 CD
        byte[] request = {0x01, 0x03, 0x00, 0x00, 0x00, 0x0A};
        assertThat(Crc16Modbus.of(request, 0, request.length)).isEqualTo(0xCDC5);
    }

    @Test
    void modbusFrameWritesControlAndTextRegisters() {
        byte[] frame = ModbusRtuProfile.standard().encode(3, new BoardMessage("A023", true, false));
        assertThat(frame).startsWith(0x03, 0x10, 0x00, 0x00, 0x00, 0x05, 0x0A, 0x00, 0x01, 'A', '0', '2', '3', ' ', ' ', ' ', ' ');
        assertThat(frame).hasSize(7 + 10 + 2);
        assertThat(Crc16Modbus.matches(frame, 0, frame.length)).isTrue();
        assertThat(ModbusRtuProfile.standard().decode(frame, 0, frame.length).message())
                .isEqualTo(new BoardMessage("A023", true, false));
    }

    @Test
    void modbusRepliesAreCheckedAgainstTheRequest() {
        ModbusRtuProfile profile = ModbusRtuProfile.standard();
        byte[] request = profile.encode(3, BoardMessage.of("A1"));
        byte[] echo = profile.replyTo(request);
        assertThat(profile.checkReply(request, echo, 7)).isEqualTo(FrameProfile.Reply.INCOMPLETE);
        assertThat(profile.checkReply(request, echo, 8)).isEqualTo(FrameProfile.Reply.ACCEPTED);

        byte[] fromOtherSlave = profile.replyTo(profile.encode(4, BoardMessage.of("A1")));
        assertThat(profile.checkReply(request, fromOtherSlave, 8)).isEqualTo(FrameProfile.Reply.REJECTED);

        byte[] exception = {0x03, (byte) 0x90, 0x02, 0, 0};
        int crc = Crc16Modbus.of(exception, 0, 3);
        exception[3] = (byte) (crc & 0xFF);
        exception[4] = (byte) (crc >>> 8);
        assertThat(profile.checkReply(request, exception, 5)).isEqualTo(FrameProfile.Reply.REJECTED);
    }

    @Test
    void textsThatBoardsCannotShowAreRefused() {
        assertThatThrownBy(() -> BoardMessage.of("Quầy 5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModbusRtuProfile.standard().encode(1, BoardMessage.of("123456789")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulatedBusRemembersWhatEachBoardShows() throws Exception {
        try (LedBoardBus bus = LedBoards.create(LedBoardConfig.simulated(StxAsciiProfile.standard()))) {
            bus.show(1, "A023", true);
            bus.show(2, "B105", false);
            bus.clear(1);
            assertThat(((SimulatedLedBoardBus) bus).shown())
                    .containsEntry(1, BoardMessage.BLANK)
                    .containsEntry(2, BoardMessage.of("B105"));
        }
    }
}
