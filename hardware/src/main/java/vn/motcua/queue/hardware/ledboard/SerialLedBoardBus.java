package vn.motcua.queue.hardware.ledboard;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import vn.motcua.queue.hardware.link.ByteLink;
import vn.motcua.queue.hardware.link.LinkException;

/**
 * LED boards on an RS-485 line. RS-485 is half duplex and shared, so one frame (and its answer)
 * is on the wire at a time: every update holds the bus lock until it is acknowledged or given up.
 */
public final class SerialLedBoardBus implements LedBoardBus {
    private static final System.Logger LOG = System.getLogger(SerialLedBoardBus.class.getName());

    private final ByteLink link;
    private final LedBoardConfig config;

    public SerialLedBoardBus(ByteLink link, LedBoardConfig config) {
        this.link = link;
        this.config = config;
    }

    @Override
    public synchronized void show(int counterNumber, BoardMessage message) throws LedBoardException {
        int address = config.addressOf(counterNumber);
        byte[] frame = config.profile().encode(address, message);
        Exception last = null;
        for (int attempt = 0; attempt <= config.retries(); attempt++) {
            try {
                if (sendOnce(frame)) {
                    LOG.log(Level.INFO, "counter {0} board shows \"{1}\"{2}", counterNumber, message.text(),
                            message.blink() ? " (blinking)" : "");
                    return;
                }
                last = new IllegalStateException("no acknowledgement from address " + address);
            } catch (LinkException e) {
                last = e;
            }
            LOG.log(Level.DEBUG, "counter {0} board, attempt {1} failed: {2}", counterNumber, attempt + 1, last.getMessage());
        }
        throw new LedBoardException(counterNumber, "gave up after " + (config.retries() + 1) + " attempts", last);
    }

    /** @return whether the board took the frame (always true for boards that never answer) */
    private boolean sendOnce(byte[] frame) throws LinkException {
        if (config.profile().expectsReply()) {
            link.discardInput();
        }
        link.write(frame);
        if (!config.profile().expectsReply()) {
            pause(config.frameGap());
            return true;
        }
        byte[] reply = new byte[64];
        int length = 0;
        long deadline = System.nanoTime() + config.replyTimeout().toNanos();
        while (System.nanoTime() < deadline && length < reply.length) {
            byte[] chunk = new byte[reply.length - length];
            int n = link.read(chunk, Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
            System.arraycopy(chunk, 0, reply, length, n);
            length += n;
            FrameProfile.Reply verdict = config.profile().checkReply(frame, reply, length);
            if (verdict != FrameProfile.Reply.INCOMPLETE) {
                pause(config.frameGap());
                return verdict == FrameProfile.Reply.ACCEPTED;
            }
        }
        return false;
    }

    /** Protocol timing (inter-frame silence), not a guess: the bus needs this gap. */
    private static void pause(Duration gap) {
        if (!gap.isZero()) {
            LockSupport.parkNanos(gap.toNanos());
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
