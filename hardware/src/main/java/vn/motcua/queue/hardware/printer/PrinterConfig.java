package vn.motcua.queue.hardware.printer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import vn.motcua.queue.hardware.printer.layout.PaperWidth;
import vn.motcua.queue.hardware.printer.layout.PrinterProfile;
import vn.motcua.queue.hardware.serial.SerialSettings;

/**
 * Everything needed to build the kiosk's ticket printer. {@link #fromMap} reads the keys documented
 * in hardware/README.md (the kiosk passes its own config section; the CLI passes its arguments).
 *
 * @param serial only for {@link Transport#SERIAL}
 * @param device only for {@link Transport#USB}: the printer-class device file
 * @param folder only for {@link Transport#SIMULATED}: where tickets are written as PNG + text
 */
public record PrinterConfig(Transport transport, SerialSettings serial, Path device, Path folder,
                            PrinterProfile profile, PaperWidth paper, Duration statusTimeout, boolean checkStatus) {

    public enum Transport { SERIAL, USB, SIMULATED }

    public static PrinterConfig simulated(Path folder, PrinterProfile profile, PaperWidth paper) {
        return new PrinterConfig(Transport.SIMULATED, null, null, folder, profile, paper, Duration.ofMillis(500), true);
    }

    public static PrinterConfig serial(SerialSettings serial, PrinterProfile profile, PaperWidth paper) {
        return new PrinterConfig(Transport.SERIAL, serial, null, null, profile, paper, Duration.ofMillis(500), true);
    }

    public static PrinterConfig usb(Path device, PrinterProfile profile, PaperWidth paper) {
        return new PrinterConfig(Transport.USB, null, device, null, profile, paper, Duration.ofMillis(500), true);
    }

    public static PrinterConfig fromMap(Map<String, String> values) {
        Transport transport = Transport.valueOf(get(values, "transport", "simulated").toUpperCase(Locale.ROOT));
        PrinterProfile profile = PrinterProfile.preset(get(values, "profile", "raster"));
        if (values.containsKey("code-page")) {
            profile = profile.withCodePage(Integer.parseInt(values.get("code-page")));
        }
        PaperWidth paper = PaperWidth.parse(get(values, "paper", "80"));
        SerialSettings serial = null;
        if (transport == Transport.SERIAL) {
            serial = new SerialSettings(get(values, "port", "/dev/ttyUSB0"),
                    Integer.parseInt(get(values, "baud", "9600")), 8,
                    SerialSettings.Parity.valueOf(get(values, "parity", "none").toUpperCase(Locale.ROOT)),
                    Integer.parseInt(get(values, "stop-bits", "1")),
                    SerialSettings.FlowControl.parse(get(values, "flow-control", "none")),
                    Duration.ofMillis(Long.parseLong(get(values, "write-timeout-ms", "30000"))), false);
        }
        return new PrinterConfig(transport, serial,
                Path.of(get(values, "device", "/dev/usb/lp0")),
                Path.of(get(values, "folder", "printed-tickets")),
                profile, paper,
                Duration.ofMillis(Long.parseLong(get(values, "status-timeout-ms", "500"))),
                Boolean.parseBoolean(get(values, "check-status", "true")));
    }

    private static String get(Map<String, String> values, String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
