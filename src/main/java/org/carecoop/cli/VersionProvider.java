package org.carecoop.cli;

import picocli.CommandLine;

/** The version stamped into the jar by the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"carecoop " + org.carecoop.Version.current(), "Java " + System.getProperty("java.version")};
    }
}
