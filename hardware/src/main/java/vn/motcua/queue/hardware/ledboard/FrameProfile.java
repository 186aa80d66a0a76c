package vn.motcua.queue.hardware.ledboard;

/**
 * The wire format of one family of LED boards. There is no standard: vendors use ASCII frames or
 * Modbus RTU, so the format is a profile and the bus does not care which.
 */
public interface FrameProfile {

    /** Outcome of looking at the bytes a board sent back so far. */
    enum Reply { INCOMPLETE, ACCEPTED, REJECTED }

    byte[] encode(int address, BoardMessage message);

    /** Whether boards answer each frame; if not, a frame is sent once and trusted. */
    boolean expectsReply();

    Reply checkReply(byte[] request, byte[] reply, int length);

    /** Parses the frame at {@code offset}; {@code null} while it is incomplete. Garbage before a frame is skipped. */
    BoardFrame decode(byte[] buffer, int offset, int end);

    /** What a board of this family answers to {@code request} (for the simulated board and tests); empty if none. */
    byte[] replyTo(byte[] request);
}
