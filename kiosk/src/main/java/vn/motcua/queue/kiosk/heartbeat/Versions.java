package vn.motcua.queue.kiosk.heartbeat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions reported in the heartbeat, read from the pom.properties Maven puts into each jar. */
public final class Versions {
    private Versions() {
    }

    public static String kiosk() {
        return of("kiosk");
    }

    public static String hardware() {
        return of("hardware");
    }

    private static String of(String artifact) {
        String resource = "/META-INF/maven/vn.motcua.queue/" + artifact + "/pom.properties";
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "dev"; // running from classes, not a jar
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
