package vn.motcua.queue.kiosk.testing;

import com.fazecast.jSerialComm.SerialPort;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.queue.hardware.printer.escpos.EscPosCommand;
import vn.motcua.queue.hardware.printer.escpos.EscPosDecoder;
import vn.motcua.queue.hardware.printer.escpos.Printout;
import vn.motcua.queue.hardware.printer.escpos.StatusBytes;

/** Copied from hardware/src/test (test helpers are not published in the hardware jar).
 *
 * Plays an ESC/POS printer on the host end of a socat cable: answers {@code DLE EOT} as the
 * chosen {@link State} says (or not at all), and decodes every ticket up to its cut.
 * Optionally sends XOFF, like a printer whose buffer is full, and then reads nothing more.
 */
public final class FakeEscPosPrinter implements AutoCloseable {

    public enum State { READY, PAPER_NEAR_END, PAPER_OUT, COVER_OPEN, SILENT }

    private final SerialPort port;
    private final Map<Integer, Charset> codePages;
    private final Thread loop;
    private final List<Printout> tickets = new CopyOnWriteArrayList<>();
    private final List<Integer> statusRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger ticketBytes = new AtomicInteger();
    private volatile State state = State.READY;
    private volatile boolean xoffBeforeLastStatusAnswer;
    private volatile boolean xoffSent;
    private volatile boolean running = true;

    public FakeEscPosPrinter(Path hostEnd, Map<Integer, Charset> codePages) {
        this.port = HostPort.open(hostEnd);
        this.codePages = codePages;
        this.loop = new Thread(this::run, "fake-printer");
        loop.setDaemon(true);
        loop.start();
    }

    public void setState(State newState) {
        state = newState;
    }

    /**
     * Send XOFF just before answering {@code DLE EOT 4}, the last status question before a ticket.
     * The driver's line discipline handles the XOFF before it reads the answer, so the ticket that
     * follows is held whole in flight (a pty moves bytes instantly: an XOFF sent after the first
     * ticket bytes would come too late to stop anything).
     */
    public void holdWithXoffBeforeTicket() {
        xoffBeforeLastStatusAnswer = true;
    }

    public boolean xoffSent() {
        return xoffSent;
    }

    public List<Printout> tickets() {
        return tickets;
    }

    public List<Integer> statusRequests() {
        return statusRequests;
    }

    public int ticketBytes() {
        return ticketBytes.get();
    }

    private void run() {
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        Printout printout = new Printout(codePages);
        byte[] chunk = new byte[4096];
        while (running) {
            if (xoffSent) {
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000); // printer "busy": reads nothing
                continue;
            }
            int n = port.readBytes(chunk, chunk.length);
            if (n <= 0) {
                if (n < 0 && running) {
                    return; // cable pulled
                }
                continue;
            }
            pending.write(chunk, 0, n);
            byte[] buf = pending.toByteArray();
            int pos = 0;
            EscPosDecoder.Parsed parsed;
            while (pos < buf.length && (parsed = EscPosDecoder.parseNext(buf, pos, buf.length)) != null) {
                pos += parsed.length();
                EscPosCommand command = parsed.command();
                if (command instanceof EscPosCommand.StatusRequest request) {
                    statusRequests.add(request.n());
                    answer(request.n());
                    continue;
                }
                ticketBytes.addAndGet(parsed.length());
                printout.apply(command);
                if (command instanceof EscPosCommand.Cut) {
                    tickets.add(printout);
                    printout = new Printout(codePages);
                }
            }
            pending.reset();
            pending.write(buf, pos, buf.length - pos);
        }
    }

    private void answer(int n) {
        State s = state;
        if (s == State.SILENT) {
            return;
        }
        if (n == 4 && xoffBeforeLastStatusAnswer) {
            port.writeBytes(new byte[] {0x13}, 1);
            xoffSent = true;
        }
        boolean paperOut = s == State.PAPER_OUT;
        boolean coverOpen = s == State.COVER_OPEN;
        int reply = switch (n) {
            case 1 -> StatusBytes.printerStatus(paperOut || coverOpen);
            case 2 -> StatusBytes.offlineCause(coverOpen, paperOut, false);
            case 4 -> StatusBytes.paperSensor(s == State.PAPER_NEAR_END, paperOut);
            default -> StatusBytes.printerStatus(false);
        };
        port.writeBytes(new byte[] {(byte) reply}, 1);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        loop.join(2000);
        port.closePort();
    }
}
