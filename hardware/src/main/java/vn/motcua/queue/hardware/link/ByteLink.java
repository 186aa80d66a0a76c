package vn.motcua.queue.hardware.link;

import java.time.Duration;

/**
 * A byte pipe to one device: a serial port or a device file. Printers and LED boards talk
 * through it, so the same driver works over either and tests can run over a socat cable.
 */
public interface ByteLink extends AutoCloseable {

    /** Sends everything or throws; returns only when the bytes have left (blocking write). */
    void write(byte[] data) throws LinkException;

    /**
     * Reads what arrives within {@code timeout}, at most {@code buffer.length} bytes.
     *
     * @return bytes read, 0 if nothing came in time
     */
    int read(byte[] buffer, Duration timeout) throws LinkException;

    /** Drops bytes received but not read yet, so that the next answer read is to the next question. */
    void discardInput() throws LinkException;

    boolean isConnected();

    /** Human-readable name for logs, e.g. the port path. */
    String describe();

    @Override
    void close();
}
