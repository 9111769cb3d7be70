package org.carecoop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version stamped into the jar by the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/carecoop/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return new String[] {"carecoop " + props.getProperty("version", "unknown"),
            "Java " + System.getProperty("java.version")};
    }
}
