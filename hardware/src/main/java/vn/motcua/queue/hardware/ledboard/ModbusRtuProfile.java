package vn.motcua.queue.hardware.ledboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Boards that are Modbus RTU slaves: one "write multiple registers" (function 0x10) per update,
 * to slave = board address, from {@code firstRegister}: a control register (bit 0 blink, bit 1
 * arrow) then the text, two ASCII characters per register, padded with spaces to
 * {@code textRegisters} registers. The board echoes address, function, start and count (8 bytes
 * with CRC); an exception reply (function | 0x80) is a refusal.
 */
public record ModbusRtuProfile(int firstRegister, int textRegisters) implements FrameProfile {
    private static final int WRITE_MULTIPLE = 0x10;

    public static ModbusRtuProfile standard() {
        return new ModbusRtuProfile(0, 4);
    }

    @Override
    public byte[] encode(int address, BoardMessage message) {
        if (address < 1 || address > 247) {
            throw new IllegalArgumentException("Modbus slave address must be 1..247: " + address);
        }
        if (message.text().length() > textRegisters * 2) {
            throw new IllegalArgumentException("text longer than " + textRegisters * 2 + " characters: " + message.text());
        }
        int registers = 1 + textRegisters;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(address);
        out.write(WRITE_MULTIPLE);
        out.write(firstRegister >> 8);
        out.write(firstRegister & 0xFF);
        out.write(registers >> 8);
        out.write(registers & 0xFF);
        out.write(registers * 2);
        out.write(0);
        out.write((message.blink() ? 1 : 0) | (message.arrow() ? 2 : 0));
        String padded = String.format("%-" + textRegisters * 2 + "s", message.text());
        out.writeBytes(padded.getBytes(StandardCharsets.US_ASCII));
        return withCrc(out.toByteArray());
    }

    @Override
    public boolean expectsReply() {
        return true;
    }

    @Override
    public Reply checkReply(byte[] request, byte[] reply, int length) {
        if (length >= 5 && reply[0] == request[0] && (reply[1] & 0xFF) == (WRITE_MULTIPLE | 0x80)) {
            return Crc16Modbus.matches(reply, 0, 5) ? Reply.REJECTED : Reply.INCOMPLETE;
        }
        if (length < 8) {
            return Reply.INCOMPLETE;
        }
        for (int i = 0; i < 6; i++) {
            if (reply[i] != request[i]) {
                return Reply.REJECTED;
            }
        }
        return Crc16Modbus.matches(reply, 0, 8) ? Reply.ACCEPTED : Reply.REJECTED;
    }

    @Override
    public BoardFrame decode(byte[] buffer, int offset, int end) {
        if (end - offset < 7) {
            return null;
        }
        if ((buffer[offset + 1] & 0xFF) != WRITE_MULTIPLE) {
            throw new IllegalArgumentException("not a write-multiple-registers frame: function " + (buffer[offset + 1] & 0xFF));
        }
        int byteCount = buffer[offset + 6] & 0xFF;
        int length = 7 + byteCount + 2;
        if (end - offset < length) {
            return null;
        }
        if (!Crc16Modbus.matches(buffer, offset, offset + length)) {
            throw new IllegalArgumentException("CRC mismatch");
        }
        int control = buffer[offset + 8] & 0xFF;
        String text = new String(buffer, offset + 9, byteCount - 2, StandardCharsets.US_ASCII).stripTrailing();
        return new BoardFrame(buffer[offset] & 0xFF, new BoardMessage(text, (control & 1) != 0, (control & 2) != 0), length);
    }

    @Override
    public byte[] replyTo(byte[] request) {
        byte[] head = new byte[6];
        System.arraycopy(request, 0, head, 0, 6);
        return withCrc(head);
    }

    private static byte[] withCrc(byte[] body) {
        int crc = Crc16Modbus.of(body, 0, body.length);
        byte[] frame = new byte[body.length + 2];
        System.arraycopy(body, 0, frame, 0, body.length);
        frame[body.length] = (byte) (crc & 0xFF);
        frame[body.length + 1] = (byte) (crc >>> 8);
        return frame;
    }
}
