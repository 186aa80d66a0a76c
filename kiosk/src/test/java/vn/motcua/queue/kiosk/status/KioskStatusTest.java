package vn.motcua.queue.kiosk.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.hardware.printer.PrinterStatus;

class KioskStatusTest {

    @Test
    void backendDownOutranksPrinterTroubleWhichOutranksBusy() {
        KioskStatus status = new KioskStatus();
        assertThat(status.tryStartIssuing()).isTrue();
        assertThat(status.tryStartIssuing()).isFalse();
        assertThat(status.mode()).isEqualTo(KioskMode.BUSY);
        status.printer(PrinterStatus.COVER_OPEN);
        assertThat(status.mode()).isEqualTo(KioskMode.PRINTER_ERROR);
        status.backendUp(false);
        assertThat(status.mode()).isEqualTo(KioskMode.OUT_OF_SERVICE);
    }

    @Test
    void paperNearEndIsNoError() {
        KioskStatus status = new KioskStatus();
        status.printer(PrinterStatus.PAPER_NEAR_END);
        assertThat(status.mode()).isEqualTo(KioskMode.READY);
    }

    @Test
    void listenersHearOnlyRealChanges() {
        KioskStatus status = new KioskStatus();
        List<KioskMode> heard = new ArrayList<>();
        status.onChange(s -> heard.add(s.mode()));
        status.backendUp(true);
        status.printer(PrinterStatus.PAPER_OUT);
        status.printer(PrinterStatus.PAPER_OUT);
        status.printer(PrinterStatus.READY);
        assertThat(heard).containsExactly(KioskMode.PRINTER_ERROR, KioskMode.READY);
    }

    @Test
    void backoffDoublesUpToItsMaximumAndResets() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));
        assertThat(List.of(backoff.next(), backoff.next(), backoff.next(), backoff.next())).containsExactly(
                Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(500));
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
    }
}
