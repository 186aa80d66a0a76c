package vn.motcua.queue.hardware.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.time.Duration;
import java.util.Locale;

/**
 * How to open a serial port. Defaults suit a thermal printer: 9600 8N1, no flow control.
 *
 * @param path         device path, e.g. {@code /dev/ttyUSB0}, {@code /dev/serial/by-id/...} or a socat link
 * @param flowControl  NONE, RTS_CTS, DSR_DTR or XON_XOFF (printers with small buffers need one at high baud)
 * @param writeTimeout how long a write may wait for a printer that stopped taking bytes (flow control held)
 * @param rs485        let the kernel drive RTS for transceiver direction (adapters without automatic direction)
 */
public record SerialSettings(String path, int baudRate, int dataBits, Parity parity, int stopBits,
                             FlowControl flowControl, Duration writeTimeout, boolean rs485) {

    public enum Parity {
        NONE(SerialPort.NO_PARITY), ODD(SerialPort.ODD_PARITY), EVEN(SerialPort.EVEN_PARITY);

        final int jSerialComm;

        Parity(int jSerialComm) {
            this.jSerialComm = jSerialComm;
        }
    }

    public enum FlowControl {
        NONE(SerialPort.FLOW_CONTROL_DISABLED),
        RTS_CTS(SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED),
        DSR_DTR(SerialPort.FLOW_CONTROL_DSR_ENABLED | SerialPort.FLOW_CONTROL_DTR_ENABLED),
        XON_XOFF(SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED);

        final int jSerialComm;

        FlowControl(int jSerialComm) {
            this.jSerialComm = jSerialComm;
        }

        public static FlowControl parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace('/', '_'));
        }
    }

    public SerialSettings {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("serial port path is required");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive: " + baudRate);
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("stop bits must be 1 or 2: " + stopBits);
        }
    }

    public static SerialSettings of(String path, int baudRate) {
        return new SerialSettings(path, baudRate, 8, Parity.NONE, 1, FlowControl.NONE, Duration.ofSeconds(30), false);
    }

    public SerialSettings withFlowControl(FlowControl flow) {
        return new SerialSettings(path, baudRate, dataBits, parity, stopBits, flow, writeTimeout, rs485);
    }

    public SerialSettings withParity(Parity newParity) {
        return new SerialSettings(path, baudRate, dataBits, newParity, stopBits, flowControl, writeTimeout, rs485);
    }

    public SerialSettings withWriteTimeout(Duration timeout) {
        return new SerialSettings(path, baudRate, dataBits, parity, stopBits, flowControl, timeout, rs485);
    }

    public SerialSettings withRs485(boolean enabled) {
        return new SerialSettings(path, baudRate, dataBits, parity, stopBits, flowControl, writeTimeout, enabled);
    }

    /** Seconds to send {@code bytes} at this speed: 1 start bit + data + parity + stop bits per byte. */
    public double transferSeconds(long bytes) {
        int bitsPerByte = 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stopBits;
        return bytes * bitsPerByte / (double) baudRate;
    }
}
