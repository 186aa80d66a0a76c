package vn.motcua.queue.hardware.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortDataListener;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import vn.motcua.queue.hardware.link.ByteLink;
import vn.motcua.queue.hardware.link.LinkException;

/**
 * A serial port (jSerialComm) that survives a pulled cable.
 *
 * <p>Opened by path with an exclusive lock (jSerialComm's default), blocking writes
 * ({@code TIMEOUT_WRITE_BLOCKING}: {@code closePort()} would otherwise drop unsent bytes) and
 * reads with a timeout. When the port goes away, jSerialComm fires {@code PORT_DISCONNECTED}
 * again and again until the port is closed, so the handler closes it at once and a background
 * thread reopens the same path with a growing delay until the device is back.
 */
public final class SerialLink implements ByteLink {
    private static final System.Logger LOG = System.getLogger(SerialLink.class.getName());
    private static final int WRITE_CHUNK = 4096;

    private final SerialSettings settings;
    private final ReconnectBackoff backoff;
    private final ScheduledExecutorService reconnector;
    private final List<Consumer<Boolean>> connectionListeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private volatile SerialPort port;
    private volatile boolean closed;
    private int failedAttempts;

    private SerialLink(SerialSettings settings, ReconnectBackoff backoff) {
        this.settings = settings;
        this.backoff = backoff;
        this.reconnector = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "serial-reconnect " + settings.path());
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens the port now if it is there, otherwise keeps trying in the background. */
    public static SerialLink open(SerialSettings settings, ReconnectBackoff backoff) {
        SerialLink link = new SerialLink(settings, backoff);
        link.connect();
        return link;
    }

    /** Called with {@code true} when the port (re)opens and {@code false} when it is lost. */
    public void onConnectionChange(Consumer<Boolean> listener) {
        connectionListeners.add(listener);
    }

    public SerialSettings settings() {
        return settings;
    }

    @Override
    public void write(byte[] data) throws LinkException {
        SerialPort p = connectedPort();
        int offset = 0;
        while (offset < data.length) {
            int written = p.writeBytes(data, Math.min(WRITE_CHUNK, data.length - offset), offset);
            if (written <= 0) {
                if (written < 0 || !p.isOpen() || !Files.exists(Path.of(settings.path()))) {
                    lost(p, "write failed");
                    throw new LinkException(settings.path() + " disconnected after " + offset + " of "
                            + data.length + " bytes", true);
                }
                throw new LinkException(settings.path() + " took no bytes for " + settings.writeTimeout()
                        + " (flow control held?) after " + offset + " of " + data.length + " bytes", false);
            }
            offset += written;
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws LinkException {
        SerialPort p = connectedPort();
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                (int) Math.max(1, timeout.toMillis()), (int) settings.writeTimeout().toMillis());
        int n = p.readBytes(buffer, buffer.length);
        if (n < 0) {
            lost(p, "read failed");
            throw new LinkException(settings.path() + " disconnected while reading", true);
        }
        return n;
    }

    @Override
    public void discardInput() throws LinkException {
        SerialPort p = connectedPort();
        byte[] sink = new byte[256];
        int available;
        while ((available = p.bytesAvailable()) > 0) {
            p.readBytes(sink, Math.min(available, sink.length));
        }
    }

    @Override
    public boolean isConnected() {
        return port != null;
    }

    @Override
    public String describe() {
        return settings.path() + " @" + settings.baudRate();
    }

    @Override
    public void close() {
        closed = true;
        reconnector.shutdownNow();
        SerialPort p;
        synchronized (lock) {
            p = port;
            port = null;
        }
        if (p != null) {
            p.removeDataListener();
            p.closePort();
        }
    }

    private SerialPort connectedPort() throws LinkException {
        SerialPort p = port;
        if (p == null) {
            throw new LinkException(settings.path() + " is not connected", true);
        }
        return p;
    }

    private void connect() {
        SerialPort opened = null;
        synchronized (lock) {
            if (closed || port != null) {
                return;
            }
            try {
                SerialPort candidate = SerialPort.getCommPort(settings.path());
                configure(candidate);
                if (candidate.openPort()) {
                    opened = candidate;
                } else {
                    // openPort() reports a denied permission only through its return value
                    LOG.log(failedAttempts == 0 ? Level.WARNING : Level.DEBUG,
                            "cannot open {0} (missing, busy, or no permission: user in group dialout?), error {1}",
                            settings.path(), candidate.getLastErrorCode());
                }
            } catch (SerialPortInvalidPortException e) {
                LOG.log(failedAttempts == 0 ? Level.WARNING : Level.DEBUG, "no port at {0}", settings.path());
            }
            if (opened == null) {
                scheduleReconnect(backoff.delay(failedAttempts++));
                return;
            }
            failedAttempts = 0;
            port = opened;
        }
        SerialPort listenedPort = opened;
        opened.addDataListener(new SerialPortDataListener() {
            @Override
            public int getListeningEvents() {
                return SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
            }

            @Override
            public void serialEvent(SerialPortEvent event) {
                lost(listenedPort, "PORT_DISCONNECTED");
            }
        });
        LOG.log(Level.INFO, "serial port {0} open", describe());
        connectionListeners.forEach(l -> l.accept(true));
    }

    private void configure(SerialPort p) {
        p.setComPortParameters(settings.baudRate(), settings.dataBits(), settings.stopBits() == 2
                ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT, settings.parity().jSerialComm);
        p.setFlowControl(settings.flowControl().jSerialComm);
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                100, (int) settings.writeTimeout().toMillis());
        if (settings.rs485()) {
            p.setRs485ModeParameters(true, true, 0, 0);
        }
    }

    /** Closes the lost port (stops the event storm) once, and starts reconnecting. */
    private void lost(SerialPort which, String why) {
        synchronized (lock) {
            if (port != which) {
                return; // already handled, or an old port's late event
            }
            port = null;
        }
        which.closePort();
        LOG.log(Level.WARNING, "serial port {0} lost ({1}); reconnecting", settings.path(), why);
        connectionListeners.forEach(l -> l.accept(false));
        scheduleReconnect(backoff.delay(0));
    }

    private void scheduleReconnect(Duration delay) {
        if (!closed) {
            try {
                reconnector.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closed meanwhile
            }
        }
    }
}
