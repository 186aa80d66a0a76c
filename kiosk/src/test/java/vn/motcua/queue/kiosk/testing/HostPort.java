package vn.motcua.queue.kiosk.testing;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Path;

/** The test's end of a {@link SocatCable}, opened with jSerialComm like a device would be. */
public final class HostPort {
    private HostPort() {
    }

    public static SerialPort open(Path path) {
        SerialPort port = SerialPort.getCommPort(path.toString());
        port.setComPortParameters(9600, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 50, 2000);
        if (!port.openPort()) {
            throw new AssertionError("cannot open host end " + path + ", error " + port.getLastErrorCode());
        }
        return port;
    }
}
