package vn.motcua.queue.backend.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.queue.backend.center.CounterStatus;
import vn.motcua.queue.backend.device.Device;
import vn.motcua.queue.backend.stats.LiveDayQueries.LastPrint;
import vn.motcua.queue.backend.stats.LiveStatsView.Alert;
import vn.motcua.queue.backend.stats.LiveStatsView.AlertKind;
import vn.motcua.queue.backend.stats.LiveStatsView.CounterLine;
import vn.motcua.queue.backend.stats.LiveStatsView.Level;
import vn.motcua.queue.backend.stats.LiveStatsView.ServiceLine;
import vn.motcua.queue.backend.stats.LiveStatsView.Severity;

/** The alert rules of the live view, each worded in Vietnamese for the supervisor. */
@ApplicationScoped
public class LiveAlerts {

    /** Printer states (hardware {@code PrinterStatus}) in which the kiosk cannot print. */
    private static final Map<String, String> CANNOT_PRINT = Map.of("PAPER_OUT", "hết giấy", "COVER_OPEN", "đang mở nắp",
            "OFFLINE", "báo lỗi, ngừng in", "NO_RESPONSE", "không phản hồi", "DISCONNECTED", "mất kết nối");
    private static final Set<String> PRINTS = Set.of("READY", "PAPER_NEAR_END");

    @ConfigProperty(name = "motcua.supervisor.idle-alert", defaultValue = "3M")
    Duration idleAlert;
    @ConfigProperty(name = "motcua.supervisor.offline-after", defaultValue = "2M")
    Duration offlineAfter;
    @Inject
    ObjectMapper json;

    /** A heartbeat within {@code motcua.supervisor.offline-after}. */
    public boolean online(Device device, Instant now) {
        return device.lastHeartbeatAt != null && Duration.between(device.lastHeartbeatAt, now).compareTo(offlineAfter) < 0;
    }

    /** A service is OVER from 100% of its target (longest wait or the estimate for a new ticket), WARN from 80%. */
    public static Level level(Duration longest, Duration estimate, int targetMinutes) {
        long worst = Math.max(seconds(longest), seconds(estimate));
        long target = targetMinutes * 60L;
        return worst >= target ? Level.OVER : worst * 10 >= target * 8 ? Level.WARN : Level.OK;
    }

    /** Most urgent first: CRITICAL before WARN, then services, counters, printers, devices. */
    public List<Alert> sorted(List<Alert> alerts) {
        return alerts.stream().sorted(Comparator.comparing((Alert a) -> a.severity() != Severity.CRITICAL)
                .thenComparing(Alert::kind)).toList();
    }

    public void services(List<ServiceLine> services, List<Alert> out) {
        for (ServiceLine s : services) {
            if (s.level() == Level.OK) {
                continue;
            }
            boolean estimateWorse = s.estimatedWaitMinutes() != null
                    && (s.longestWaitMinutes() == null || s.estimatedWaitMinutes() > s.longestWaitMinutes());
            double worst = estimateWorse ? s.estimatedWaitMinutes() : s.longestWaitMinutes();
            String what = estimateWorse ? "số mới dự kiến phải chờ " + minutes(worst)
                    : "người chờ lâu nhất đã chờ " + minutes(worst);
            String whatEn = estimateWorse ? "a new ticket would wait " + minutesEn(worst)
                    : "the longest wait is " + minutesEn(worst);
            long percent = Math.round(100 * worst / s.targetWaitMinutes());
            String against = s.level() == Level.WARN ? "đã tới " + percent + "% mục tiêu "
                    : worst > s.targetWaitMinutes() ? "vượt mục tiêu " : "đã bằng mục tiêu ";
            String againstEn = s.level() == Level.WARN ? percent + "% of the target of "
                    : worst > s.targetWaitMinutes() ? "over the target of " : "at the target of ";
            out.add(new Alert(AlertKind.SERVICE_OVER_TARGET, s.level() == Level.OVER ? Severity.CRITICAL : Severity.WARN,
                    s.code(), null, null, "Lĩnh vực " + s.name() + ": " + what + ", " + against
                    + s.targetWaitMinutes() + " phút (" + s.waiting() + " người đang chờ).",
                    s.name() + ": " + whatEn + ", " + againstEn + s.targetWaitMinutes() + " min (" + s.waiting()
                            + " waiting)."));
        }
    }

    /**
     * An OPEN counter with nobody called or served, idle longer than {@code motcua.supervisor.idle-alert} since
     * {@code idleSince}, while a service of its work profile has citizens waiting ({@code waitingFor}).
     */
    public void idleCounter(CounterLine counter, Instant idleSince, List<ServiceLine> waitingFor, Instant now,
                            List<Alert> out) {
        if (counter.status() != CounterStatus.OPEN || counter.currentTicket() != null
                || waitingFor.isEmpty()) {
            return;
        }
        Duration idle = Duration.between(idleSince, now);
        if (idle.compareTo(idleAlert) <= 0) {
            return;
        }
        String lines = String.join(", ", waitingFor.stream().map(s -> s.name() + " (" + s.waiting() + ")").toList());
        out.add(new Alert(AlertKind.COUNTER_IDLE, Severity.WARN, null, counter.number(), null,
                counterName(counter) + " đang mở nhưng không gọi số nào đã " + idle.toMinutes()
                        + " phút, trong khi còn người chờ: " + lines + ".",
                "Counter " + counter.number() + " is open but has called nobody for " + idle.toMinutes()
                        + " min while citizens wait: " + lines + "."));
    }

    /** What the kiosk's last heartbeat says of its printer, and whether its last print today failed. */
    public void printer(Device device, LastPrint lastPrint, List<Alert> out) {
        if (!"KIOSK".equals(device.kind)) {
            return;
        }
        String printer = printerState(device.details);
        String label = deviceName(device);
        String labelEn = deviceNameEn(device);
        if (printer != null && CANNOT_PRINT.containsKey(printer)) {
            out.add(printerAlert(device, Severity.CRITICAL, label + ": máy in " + CANNOT_PRINT.get(printer) + ".",
                    labelEn + ": printer " + printer.toLowerCase().replace('_', ' ') + "."));
        } else if ("PAPER_NEAR_END".equals(printer)) {
            out.add(printerAlert(device, Severity.WARN, label + ": máy in sắp hết giấy, cần thay cuộn giấy.",
                    labelEn + ": the printer's paper is running low; change the roll."));
        } else if ("ERROR".equals(device.status) && (printer == null || !PRINTS.contains(printer))) {
            out.add(printerAlert(device, Severity.CRITICAL, label + ": máy in báo lỗi.",
                    labelEn + ": the printer reports an error."));
        }
        if (lastPrint != null && lastPrint.failed()) {
            out.add(printerAlert(device, Severity.CRITICAL, label + ": in phiếu " + lastPrint.ticketNumber()
                    + " không thành công (" + (lastPrint.error() == null ? "không rõ lỗi" : lastPrint.error()) + ").",
                    labelEn + ": ticket " + lastPrint.ticketNumber() + " did not print ("
                            + (lastPrint.error() == null ? "unknown error" : lastPrint.error()) + ")."));
        }
    }

    public void offline(Device device, Instant now, List<Alert> out) {
        if (online(device, now)) {
            return;
        }
        Long silent = device.lastHeartbeatAt == null ? null : Duration.between(device.lastHeartbeatAt, now).toMinutes();
        String since = silent == null ? "chưa từng gửi tín hiệu" : "không có tín hiệu đã " + silent + " phút";
        String sinceEn = silent == null ? "it has never reported" : "no heartbeat for " + silent + " min";
        out.add(new Alert(AlertKind.DEVICE_OFFLINE, Severity.CRITICAL, null, null, device.code,
                deviceName(device) + " mất kết nối: " + since + ".", deviceNameEn(device) + " is offline: " + sinceEn
                + "."));
    }

    private static Alert printerAlert(Device device, Severity severity, String message, String messageEn) {
        return new Alert(AlertKind.PRINTER_PROBLEM, severity, null, null, device.code, message, messageEn);
    }

    private String printerState(String details) {
        if (details == null || details.isBlank()) {
            return null;
        }
        try {
            JsonNode printer = json.readTree(details).path("printer");
            return printer.isTextual() ? printer.asText() : null;
        } catch (java.io.IOException e) {
            return null; // details are free text from the device: no printer state in them
        }
    }

    private static String deviceName(Device device) {
        String kind = "KIOSK".equals(device.kind) ? "Kiosk" : "DISPLAY".equals(device.kind) ? "Màn hình" : "Thiết bị";
        return kind + " " + device.code + (device.name == null || device.name.isBlank() || device.name.equals(device.code)
                ? "" : " (" + device.name + ")");
    }

    private static String deviceNameEn(Device device) {
        String kind = "KIOSK".equals(device.kind) ? "Kiosk" : "DISPLAY".equals(device.kind) ? "Display" : "Device";
        return kind + " " + device.code + (device.name == null || device.name.isBlank() || device.name.equals(device.code)
                ? "" : " (" + device.name + ")");
    }

    private static String counterName(CounterLine counter) {
        return counter.name() == null || counter.name().isBlank() ? "Quầy số " + counter.number() : counter.name();
    }

    /** "21,5 phút" / "15 phút": Vietnamese decimal comma, no ",0". */
    static String minutes(double m) {
        double r = Math.round(m * 10) / 10.0;
        String text = r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r).replace('.', ',');
        return text + " phút";
    }

    /** "21.5 min" / "15 min". */
    static String minutesEn(double m) {
        double r = Math.round(m * 10) / 10.0;
        return (r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r)) + " min";
    }

    private static long seconds(Duration d) {
        return d == null ? 0 : d.toSeconds();
    }
}
