package vn.motcua.queue.hardware.link;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A device that is a plain file: a USB printer-class printer ({@code /dev/usb/lp0}).
 *
 * <p>Reading such a device blocks with no timeout, so a daemon thread reads into a queue and
 * {@link #read} waits on the queue; the thread starts at the first read, so a write-only use
 * (a printer that does not answer status) never blocks on it. When the device disappears (USB
 * cable pulled) the next operation fails as disconnected and the one after reopens the path.
 */
public final class DeviceFileLink implements ByteLink {
    private static final System.Logger LOG = System.getLogger(DeviceFileLink.class.getName());

    private final Path path;
    private final BlockingQueue<Byte> received = new LinkedBlockingQueue<>();
    private RandomAccessFile file;
    private FileOutputStream output;
    private Thread reader;

    public DeviceFileLink(Path path) {
        this.path = path;
    }

    @Override
    public synchronized void write(byte[] data) throws LinkException {
        FileOutputStream out = open();
        try {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            closeQuietly();
            throw new LinkException("write to " + path + " failed: " + e.getMessage(), true, e);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws LinkException {
        startReader();
        try {
            Byte first = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                return 0;
            }
            buffer[0] = first;
            int n = 1;
            Byte next;
            while (n < buffer.length && (next = received.poll()) != null) {
                buffer[n++] = next;
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    @Override
    public void discardInput() {
        received.clear();
    }

    @Override
    public synchronized boolean isConnected() {
        return file != null || path.toFile().exists();
    }

    @Override
    public String describe() {
        return path.toString();
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private synchronized FileOutputStream open() throws LinkException {
        if (file == null) {
            try {
                file = new RandomAccessFile(path.toFile(), "rw");
                output = new FileOutputStream(file.getFD());
                LOG.log(Level.INFO, "opened device file {0}", path);
            } catch (IOException e) {
                file = null;
                throw new LinkException("cannot open " + path + ": " + e.getMessage(), true, e);
            }
        }
        return output;
    }

    private synchronized void startReader() throws LinkException {
        open();
        if (reader != null && reader.isAlive()) {
            return;
        }
        FileInputStream in;
        try {
            in = new FileInputStream(file.getFD());
        } catch (IOException e) {
            throw new LinkException("cannot read " + path, true, e);
        }
        reader = new Thread(() -> pump(in), "device-file-reader " + path);
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(FileInputStream in) {
        byte[] buffer = new byte[256];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    received.add(buffer[i]);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "reader of {0} stopped: {1}", path, e.getMessage());
        }
    }

    private void closeQuietly() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing {0}: {1}", path, e.getMessage());
            }
        }
        file = null;
        output = null;
        reader = null;
    }
}
