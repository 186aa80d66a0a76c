package vn.motcua.queue.hardware.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a printer would put on paper for a stream of commands: text lines decoded by code page,
 * images and QR symbols, with their alignment. Built by replaying {@link EscPosDecoder} output.
 */
public final class Printout {

    /** Something printed, top to bottom. */
    public sealed interface Block {
    }

    public record TextLine(String text, int align, boolean bold, boolean reverse, int widthTimes, int heightTimes)
            implements Block {
    }

    public record Image(MonoBitmap bitmap, int align) implements Block {
    }

    public record Qr(String payload, int moduleSize, int align) implements Block {
    }

    public record Feed(int lines) implements Block {
    }

    public record CutMark() implements Block {
    }

    private final Map<Integer, Charset> codePages;
    private final List<Block> blocks = new ArrayList<>();
    private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
    private int codePage;
    private int align;
    private boolean bold;
    private boolean reverse;
    private int widthTimes = 1;
    private int heightTimes = 1;
    private int qrModuleSize = 3;
    private String qrPayload;

    /**
     * @param codePages what each {@code ESC t n} means on the emulated printer; numbers are
     *                  vendor specific, so they come from the printer profile
     */
    public Printout(Map<Integer, Charset> codePages) {
        this.codePages = Map.copyOf(codePages);
    }

    public static Printout of(byte[] escPos, Map<Integer, Charset> codePages) {
        Printout printout = new Printout(codePages);
        EscPosDecoder.decodeAll(escPos).forEach(printout::apply);
        return printout;
    }

    // if/instanceof rather than a pattern switch: switch patterns are only a preview in Java 17
    public void apply(EscPosCommand command) {
        if (command instanceof EscPosCommand.Text t) {
            lineBytes.writeBytes(t.bytes());
        } else if (command instanceof EscPosCommand.LineFeed) {
            endLine(true);
        } else if (command instanceof EscPosCommand.Initialize) {
            endLine(false);
            codePage = 0;
            align = 0;
            bold = false;
            reverse = false;
            widthTimes = 1;
            heightTimes = 1;
        } else if (command instanceof EscPosCommand.SelectCodePage cp) {
            codePage = cp.n();
        } else if (command instanceof EscPosCommand.Align a) {
            align = a.alignment();
        } else if (command instanceof EscPosCommand.Bold b) {
            bold = b.on();
        } else if (command instanceof EscPosCommand.Reverse r) {
            reverse = r.on();
        } else if (command instanceof EscPosCommand.CharacterSize size) {
            widthTimes = size.widthTimes();
            heightTimes = size.heightTimes();
        } else if (command instanceof EscPosCommand.FeedLines f) {
            endLine(false);
            blocks.add(new Feed(f.lines()));
        } else if (command instanceof EscPosCommand.RasterImage r) {
            endLine(false);
            blocks.add(new Image(r.bitmap(), align));
        } else if (command instanceof EscPosCommand.QrModuleSize q) {
            qrModuleSize = q.dots();
        } else if (command instanceof EscPosCommand.QrStore q) {
            qrPayload = q.payload();
        } else if (command instanceof EscPosCommand.QrPrint) {
            endLine(false);
            if (qrPayload != null) {
                blocks.add(new Qr(qrPayload, qrModuleSize, align));
            }
        } else if (command instanceof EscPosCommand.Cut) {
            endLine(false);
            blocks.add(new CutMark());
        }
        // StatusRequest prints nothing (whoever emulates the printer answers it); Ignored is ignored
    }

    private void endLine(boolean evenIfEmpty) {
        if (lineBytes.size() == 0 && !evenIfEmpty) {
            return;
        }
        byte[] bytes = lineBytes.toByteArray();
        lineBytes.reset();
        blocks.add(new TextLine(decode(bytes), align, bold, reverse, widthTimes, heightTimes));
    }

    private String decode(byte[] bytes) {
        Charset charset = codePages.get(codePage);
        if (charset == null) {
            charset = Charset.forName("IBM437"); // page 0, the power-on default of every printer
        }
        if (charset.equals(Cp1258Encoder.CP1258)) {
            return Cp1258Encoder.decode(bytes, 0, bytes.length);
        }
        return new String(bytes, charset);
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public List<Image> images() {
        return blocks.stream().filter(Image.class::isInstance).map(Image.class::cast).toList();
    }

    public List<String> qrPayloads() {
        return blocks.stream().filter(Qr.class::isInstance).map(b -> ((Qr) b).payload()).toList();
    }

    public boolean isCut() {
        return blocks.stream().anyMatch(CutMark.class::isInstance);
    }

    /** One line per block: text as printed, {@code [image WxH]}, {@code [QR payload]}, {@code [cut]}. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof TextLine t) {
                out.append(t.text());
            } else if (block instanceof Image i) {
                out.append("[image ").append(i.bitmap().width()).append('x').append(i.bitmap().height()).append(']');
            } else if (block instanceof Qr q) {
                out.append("[QR ").append(q.payload()).append(']');
            } else if (block instanceof Feed f) {
                out.append("[feed ").append(f.lines()).append(']');
            } else {
                out.append("[cut]");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
