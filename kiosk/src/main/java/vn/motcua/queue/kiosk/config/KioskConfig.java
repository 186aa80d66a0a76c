package vn.motcua.queue.kiosk.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.motcua.queue.hardware.gpio.GpioProvider;

/**
 * Everything the kiosk agent is told, typed. Built by {@link KioskConfigLoader} from a properties
 * file plus environment variables; every key and its default is listed in kiosk/README.md.
 *
 * @param backendUrl      where the backend API lives, e.g. {@code http://10.0.0.5:8080}
 * @param center          the center code this kiosk belongs to (its device token must match)
 * @param deviceToken     the kiosk's device token; never sent to the browser
 * @param publicBaseUrl   base of the public ticket status page printed as a QR ({@code .../t/{id}})
 * @param printer         the {@code printer.*} keys, passed as they are to the hardware library
 * @param buttons         GPIO button pin -> service code; empty for a touch-only kiosk
 * @param leds            status LED pins (null fields: not fitted)
 * @param helpLocation    where a citizen should go when the kiosk cannot help, shown on screen
 */
public record KioskConfig(
        URI backendUrl,
        String center,
        String deviceToken,
        URI publicBaseUrl,
        String httpHost,
        int httpPort,
        String language,
        boolean priorityStep,
        String helpLocation,
        String ticketFooter,
        Map<String, String> printer,
        GpioProvider gpioProvider,
        List<ButtonBinding> buttons,
        Duration buttonLockout,
        int simulatedButtonsHttpPort,
        boolean simulatedButtonsStdin,
        LedPins leds,
        Timing timing) {

    /** A physical button and the service it issues tickets for. */
    public record ButtonBinding(int bcmPin, String service) {
    }

    /** BCM pins of the status outputs; null when not fitted. */
    public record LedPins(Integer ready, Integer busy, Integer error, Integer buzzer, boolean activeHigh) {
    }

    /**
     * @param issueTimeout       one POST attempt may take this long before it is retried with the same key
     * @param issueAttempts      POST attempts per press before the kiosk declares the backend unreachable
     * @param issueRetryDelay    pause between attempts
     * @param servicesRefresh    how often waiting counts are refreshed
     * @param printerCheck       how often the printer is asked for its status while idle
     * @param heartbeat          heartbeat period
     * @param recoveryMinBackoff first pause before probing an unreachable backend again (doubles each time)
     * @param recoveryMaxBackoff longest pause between probes
     * @param resultScreen       how long the ticket confirmation stays on screen
     * @param idleScreen         inactivity before the touch UI returns to its idle screen
     */
    public record Timing(Duration issueTimeout, int issueAttempts, Duration issueRetryDelay,
                         Duration servicesRefresh, Duration printerCheck, Duration heartbeat,
                         Duration recoveryMinBackoff, Duration recoveryMaxBackoff,
                         Duration resultScreen, Duration idleScreen) {
        public Timing {
            if (issueAttempts < 1) {
                throw new IllegalArgumentException("issue.attempts must be at least 1");
            }
        }
    }

    public KioskConfig {
        Objects.requireNonNull(backendUrl, "backend.url");
        if (center == null || center.isBlank()) {
            throw new IllegalArgumentException("center is required");
        }
        if (deviceToken == null || deviceToken.isBlank()) {
            throw new IllegalArgumentException("device.token is required (the kiosk's device token from the admin page)");
        }
        publicBaseUrl = publicBaseUrl == null ? backendUrl : publicBaseUrl;
        language = language.toLowerCase(Locale.ROOT);
        if (!language.equals("vi") && !language.equals("en")) {
            throw new IllegalArgumentException("language must be vi or en, not " + language);
        }
        printer = Map.copyOf(printer);
        buttons = List.copyOf(buttons);
        if (buttons.stream().map(ButtonBinding::service).distinct().count() != buttons.size()) {
            throw new IllegalArgumentException("each service can have only one button: " + buttons);
        }
    }

    /** The ticket's public status page, printed as a QR code. */
    public String statusUrl(String ticketId) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/t/" + ticketId;
    }
}
