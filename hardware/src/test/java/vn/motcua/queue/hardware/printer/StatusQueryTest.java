package vn.motcua.queue.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.queue.hardware.printer.escpos.StatusBytes;

class StatusQueryTest {

    @Test
    void classifiesTheThreeStatusBytes() {
        int online = StatusBytes.printerStatus(false);
        int offline = StatusBytes.printerStatus(true);
        int noCause = StatusBytes.offlineCause(false, false, false);
        int paperOk = StatusBytes.paperSensor(false, false);

        assertThat(StatusQuery.classify(online, noCause, paperOk)).isEqualTo(PrinterStatus.READY);
        assertThat(StatusQuery.classify(online, noCause, StatusBytes.paperSensor(true, false)))
                .isEqualTo(PrinterStatus.PAPER_NEAR_END);
        assertThat(StatusQuery.classify(offline, StatusBytes.offlineCause(false, true, false), StatusBytes.paperSensor(true, true)))
                .isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(StatusQuery.classify(offline, StatusBytes.offlineCause(true, false, false), paperOk))
                .isEqualTo(PrinterStatus.COVER_OPEN);
        assertThat(StatusQuery.classify(offline, noCause, paperOk)).isEqualTo(PrinterStatus.OFFLINE);
        assertThat(StatusQuery.classify(online, StatusBytes.offlineCause(false, false, true), paperOk))
                .isEqualTo(PrinterStatus.OFFLINE);
    }

    @Test
    void coverOpenWinsOverPaperOut() {
        int offline = StatusBytes.printerStatus(true);
        assertThat(StatusQuery.classify(offline, StatusBytes.offlineCause(true, true, false), StatusBytes.paperSensor(false, true)))
                .isEqualTo(PrinterStatus.COVER_OPEN);
    }

    @Test
    void statusBytesHaveTheirFixedBits() {
        assertThat(StatusBytes.isStatusByte(0x12)).isTrue();
        assertThat(StatusBytes.isStatusByte(StatusBytes.paperSensor(true, true))).isTrue();
        assertThat(StatusBytes.isStatusByte(0x13)).isFalse(); // XOFF is never a status byte
        assertThat(StatusBytes.isStatusByte(0x00)).isFalse();
        assertThat(StatusBytes.isStatusByte(0x92)).isFalse();
    }
}
