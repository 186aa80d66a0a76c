package vn.motcua.queue.hardware.testing;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.queue.hardware.ledboard.BoardFrame;
import vn.motcua.queue.hardware.ledboard.FrameProfile;

/**
 * The boards on the host end of a socat cable: decodes every frame with the profile, answers as a
 * board would, and can stay silent for the first frames (a board busy or a frame lost to noise).
 */
public final class FakeBoardLine implements AutoCloseable {
    private final SerialPort port;
    private final FrameProfile profile;
    private final List<BoardFrame> frames = new CopyOnWriteArrayList<>();
    private final AtomicInteger framesToIgnore = new AtomicInteger();
    private final Thread loop;
    private volatile boolean running = true;

    public FakeBoardLine(Path hostEnd, FrameProfile profile) {
        this.port = HostPort.open(hostEnd);
        this.profile = profile;
        this.loop = new Thread(this::run, "fake-boards");
        loop.setDaemon(true);
        loop.start();
    }

    /** Frames received, in order, including ignored ones. */
    public List<BoardFrame> frames() {
        return frames;
    }

    public void ignoreNextFrames(int count) {
        framesToIgnore.set(count);
    }

    private void run() {
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        byte[] chunk = new byte[256];
        while (running) {
            int n = port.readBytes(chunk, chunk.length);
            if (n <= 0) {
                if (n < 0) {
                    return;
                }
                continue;
            }
            pending.write(chunk, 0, n);
            byte[] buf = pending.toByteArray();
            int pos = 0;
            BoardFrame frame;
            while (pos < buf.length && (frame = profile.decode(buf, pos, buf.length)) != null) {
                // the frame proper, without any line noise skipped before it
                byte[] request = profile.encode(frame.address(), frame.message());
                frames.add(frame);
                pos += frame.length();
                if (framesToIgnore.getAndUpdate(c -> Math.max(0, c - 1)) == 0) {
                    byte[] reply = profile.replyTo(request);
                    port.writeBytes(reply, reply.length);
                }
            }
            pending.reset();
            pending.write(buf, pos, buf.length - pos);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        loop.join(2000);
        port.closePort();
    }
}
