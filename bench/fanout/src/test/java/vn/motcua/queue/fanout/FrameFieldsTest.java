package vn.motcua.queue.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameFieldsTest {

    private static final String CALLED = "{\"type\":\"ticket.called\",\"seq\":34,"
            + "\"at\":\"2026-11-30T13:20:08.702+07:00\","
            + "\"ticket\":{\"id\":\"34060081-49b7-4ce6-80d0-c427c4f08f49\",\"number\":\"A008\",\"service\":\"DD\","
            + "\"serviceName\":\"Đất đai\",\"priority\":\"NONE\",\"status\":\"CALLED\",\"counter\":2},\"counter\":"
            + "{\"number\":2,\"name\":\"Quầy số 2\"},\"services\":[{\"code\":\"DD\",\"waiting\":0}],"
            + "\"announcement\":{\"text\":\"Mời công dân có số thứ tự A008 đến quầy số 2\"}}";

    @Test
    void readsTypeSeqAndTicketIdOfABackendFrame() {
        assertThat(FrameFields.string(CALLED, "type")).isEqualTo("ticket.called");
        assertThat(FrameFields.number(CALLED, "seq")).isEqualTo(34);
        assertThat(FrameFields.string(CALLED, "id")).isEqualTo("34060081-49b7-4ce6-80d0-c427c4f08f49");
    }

    @Test
    void missingFieldsAreNullOrMinusOne() {
        assertThat(FrameFields.string("{\"type\":\"error\"}", "id")).isNull();
        assertThat(FrameFields.number("{\"type\":\"error\"}", "seq")).isEqualTo(-1);
    }

    @Test
    void bareServerFrameIsShapedAndSizedLikeTheBackendOne() {
        String bare = BareBroadcastServer.frame("ticket.called", 34, "34060081-49b7-4ce6-80d0-c427c4f08f49");

        assertThat(FrameFields.string(bare, "id")).isEqualTo("34060081-49b7-4ce6-80d0-c427c4f08f49");
        assertThat(bare.getBytes(StandardCharsets.UTF_8).length)
                .isEqualTo(CALLED.getBytes(StandardCharsets.UTF_8).length);
    }
}
