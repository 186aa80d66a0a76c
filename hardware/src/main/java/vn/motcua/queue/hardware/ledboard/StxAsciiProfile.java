package vn.motcua.queue.hardware.ledboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The common vendor ASCII frame: {@code STX}, the board address as two ASCII digits, the text,
 * {@code ETX}; optionally a block check byte (XOR of address..ETX) and an ACK from the board.
 * Blink and arrow are markers put in front of the text ({@code "*"} and {@code ">"} by default);
 * set them to what your boards' firmware expects, or to "" if it has no such feature.
 */
public record StxAsciiProfile(String blinkMarker, String arrowMarker, boolean blockCheck, boolean boardAcks)
        implements FrameProfile {
    static final byte STX = 0x02;
    static final byte ETX = 0x03;
    static final byte ACK = 0x06;
    static final byte NAK = 0x15;

    public static StxAsciiProfile standard() {
        return new StxAsciiProfile("*", ">", false, false);
    }

    @Override
    public byte[] encode(int address, BoardMessage message) {
        if (address < 0 || address > 99) {
            throw new IllegalArgumentException("ASCII board address must be 0..99: " + address);
        }
        StringBuilder body = new StringBuilder(String.format("%02d", address));
        if (message.blink()) {
            body.append(blinkMarker);
        }
        if (message.arrow()) {
            body.append(arrowMarker);
        }
        body.append(message.text());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(STX);
        out.writeBytes(body.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(ETX);
        if (blockCheck) {
            byte[] frame = out.toByteArray();
            out.write(xor(frame, 1, frame.length));
        }
        return out.toByteArray();
    }

    @Override
    public boolean expectsReply() {
        return boardAcks;
    }

    @Override
    public Reply checkReply(byte[] request, byte[] reply, int length) {
        if (length == 0) {
            return Reply.INCOMPLETE;
        }
        return reply[0] == ACK ? Reply.ACCEPTED : Reply.REJECTED;
    }

    @Override
    public BoardFrame decode(byte[] buffer, int offset, int end) {
        int start = offset;
        while (start < end && buffer[start] != STX) {
            start++;
        }
        int etx = start;
        while (etx < end && buffer[etx] != ETX) {
            etx++;
        }
        int frameEnd = etx + 1 + (blockCheck ? 1 : 0);
        if (start >= end || etx >= end || frameEnd > end) {
            return null;
        }
        if (blockCheck && buffer[etx + 1] != xor(buffer, start + 1, etx + 1)) {
            throw new IllegalArgumentException("block check mismatch in frame at " + start);
        }
        String body = new String(buffer, start + 1, etx - start - 1, StandardCharsets.US_ASCII);
        int address = Integer.parseInt(body.substring(0, 2));
        String text = body.substring(2);
        boolean blink = !blinkMarker.isEmpty() && text.startsWith(blinkMarker);
        if (blink) {
            text = text.substring(blinkMarker.length());
        }
        boolean arrow = !arrowMarker.isEmpty() && text.startsWith(arrowMarker);
        if (arrow) {
            text = text.substring(arrowMarker.length());
        }
        return new BoardFrame(address, new BoardMessage(text, blink, arrow), frameEnd - offset);
    }

    @Override
    public byte[] replyTo(byte[] request) {
        return boardAcks ? new byte[] {ACK} : new byte[0];
    }

    private static byte xor(byte[] bytes, int from, int to) {
        byte check = 0;
        for (int i = from; i < to; i++) {
            check ^= bytes[i];
        }
        return check;
    }
}
