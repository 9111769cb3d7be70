package org.carecoop;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of carecoop, stamped into the jar by the build. */
public final class Version {
    private Version() {}

    public static String current() {
        Properties props = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/carecoop/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return props.getProperty("version", "unknown");
    }
}
